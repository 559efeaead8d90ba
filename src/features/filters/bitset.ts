/** Calls `fn` with every set bit's position, in increasing order. */
export function forEachBit(mask: Uint32Array, fn: (i: number) => void): void {
  for (let w = 0; w < mask.length; w++) {
    let x = mask[w]!;
    while (x !== 0) {
      const low = x & -x;
      fn((w << 5) | (31 - Math.clz32(low)));
      x ^= low;
    }
  }
}

export function countBits(mask: Uint32Array): number {
  let total = 0;
  for (let w = 0; w < mask.length; w++) {
    let x = mask[w]! - ((mask[w]! >>> 1) & 0x55555555);
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    total += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return total;
}
