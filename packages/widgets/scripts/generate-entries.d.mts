export declare const className: (name: string) => string;
export declare function entrySources(widgets: readonly { name: string; tag: string }[]): Record<'index.ts' | 'react.ts', string>;
