/** Chromium's accessibility tree as screen readers get it (puppeteer's snapshot of the interesting nodes). */
import { a11ySnapshot } from '@web/test-runner-commands';

export interface AxNode {
  role: string;
  name?: string;
  description?: string;
  roledescription?: string;
  focused?: boolean;
  children?: AxNode[];
}

/** Every node of the page's tree, in reading order. */
export async function readingOrder(): Promise<AxNode[]> {
  return flatten((await a11ySnapshot({})) as unknown as AxNode);
}

/** A node and everything under it, in reading order. */
export function flatten(node: AxNode): AxNode[] {
  return [node, ...(node.children ?? []).flatMap(flatten)];
}

/** The focused node and the nodes it lies in, outermost first; empty when nothing has focus. */
export async function focusPath(): Promise<AxNode[]> {
  const find = (node: AxNode, path: AxNode[]): AxNode[] | undefined =>
    node.focused ? [...path, node] : (node.children ?? []).reduce<AxNode[] | undefined>((hit, child) => hit ?? find(child, [...path, node]), undefined);
  return find((await a11ySnapshot({})) as unknown as AxNode, []) ?? [];
}
