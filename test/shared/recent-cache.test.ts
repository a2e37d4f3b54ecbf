import { recentCache } from "../../shared/recent-cache";

describe("recentCache", () => {
  it("computes a key's value once while it stays among the last few", () => {
    const cache = recentCache<object, number>(2);
    const a = {};
    const b = {};
    let made = 0;
    const make = () => ++made;
    expect(cache.get(a, make)).toBe(1);
    expect(cache.get(b, make)).toBe(2);
    expect(cache.get(a, make)).toBe(1);
    expect(cache.get(b, make)).toBe(2);
    expect(made).toBe(2);
  });

  it("forgets the least recently used key past its size, so derived data is not kept for every document", () => {
    const cache = recentCache<object, number>(2);
    const [a, b, c] = [{}, {}, {}];
    let made = 0;
    const make = () => ++made;
    cache.get(a, make);
    cache.get(b, make);
    cache.get(a, make); // a is now the most recent: b goes first
    cache.get(c, make);
    expect(cache.get(a, make)).toBe(1);
    expect(cache.get(b, make)).toBe(4);
    expect(made).toBe(4);
  });
});
