// A fixed piece of CPU work timed in Node: printed beside the bench rows so a slow spell of this machine (other load on
// the host, ~2× at times on the 2-core sandbox) is told apart from a slower build.
export function machineCheckMs() {
  const times = [];
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    const counts = new Map();
    let sum = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const key = `k${i % 4096}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      sum += key.charCodeAt(key.length - 1);
    }
    sum += Array.from(counts.keys()).sort().length;
    times.push(performance.now() - start);
    if (sum < 0) throw new Error('unreachable');
  }
  return times.sort((a, b) => a - b)[2];
}
