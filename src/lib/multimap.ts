// Lists kept by key in a Map: the one way the pure core groups values as it goes.

/** Adds a value to the list at `key`, starting the list when the key is new. */
export function pushTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [value]);
  else list.push(value);
}
