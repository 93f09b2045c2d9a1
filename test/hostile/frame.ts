/** Loads a page of test/hostile in an iframe and resolves with the first message of `type` it posts. */
export async function visit<T extends { type: string }>(url: string, type: T['type'], ms = 25_000): Promise<T> {
  const iframe = document.createElement('iframe');
  iframe.width = '900';
  iframe.height = '1200';
  iframe.src = url;
  const message = new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} message from ${url}`)), ms);
    window.addEventListener('message', function listener(event: MessageEvent<T>) {
      if (event.source !== iframe.contentWindow || event.data?.type !== type) return;
      clearTimeout(timer);
      window.removeEventListener('message', listener);
      resolve(event.data);
    });
  });
  document.body.append(iframe);
  try {
    return await message;
  } finally {
    iframe.remove();
  }
}
