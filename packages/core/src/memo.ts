/**
 * `fn`, remembering its last result: called again with the same arguments (each compared with
 * `Object.is`), it returns that result without calling `fn` again. For what a widget works out from
 * its data and options, so that it is done once per document rather than on every resize or hover.
 * It keeps one entry only: the last arguments and result, nothing older. A call that throws is not
 * remembered.
 */
export function memoizeOne<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args) => {
    const prev = last;
    if (prev && prev.args.length === args.length && args.every((arg, i) => Object.is(arg, prev.args[i]))) return prev.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
