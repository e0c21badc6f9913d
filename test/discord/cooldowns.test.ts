import { describe, expect, it } from "vitest";
import { createCooldownTracker } from "../../src/discord/cooldowns.js";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("createCooldownTracker", () => {
  it("refuses a second use within the window and says when it frees up", async () => {
    const c = clock();
    const tracker = createCooldownTracker(3, c.now);
    expect(await tracker.take("u1", "who")).toBeUndefined();
    c.advance(1000);
    expect(await tracker.take("u1", "who")).toBe(1_003_000);
  });

  it("allows the use again once the window has passed", async () => {
    const c = clock();
    const tracker = createCooldownTracker(3, c.now);
    await tracker.take("u1", "who");
    c.advance(3000);
    expect(await tracker.take("u1", "who")).toBeUndefined();
  });

  it("keeps users and commands apart", async () => {
    const tracker = createCooldownTracker(3, clock().now);
    expect(await tracker.take("u1", "who")).toBeUndefined();
    expect(await tracker.take("u2", "who")).toBeUndefined();
    expect(await tracker.take("u1", "where")).toBeUndefined();
    expect(await tracker.take("u1", "who")).toBeDefined();
  });

  it("does not extend the window on a refused use", async () => {
    const c = clock();
    const tracker = createCooldownTracker(3, c.now);
    await tracker.take("u1", "who");
    c.advance(2000);
    await tracker.take("u1", "who");
    c.advance(1000);
    expect(await tracker.take("u1", "who")).toBeUndefined();
  });

  it("never refuses when the cooldown is 0, whatever a command asks for", async () => {
    const tracker = createCooldownTracker(0, clock().now);
    expect(await tracker.take("u1", "who")).toBeUndefined();
    expect(await tracker.take("u1", "who")).toBeUndefined();
    expect(await tracker.take("u1", "summary", 30)).toBeUndefined();
    expect(await tracker.take("u1", "summary", 30)).toBeUndefined();
  });

  it("holds each command for its own cooldown, and never one whose cooldown is 0", async () => {
    const c = clock();
    const tracker = createCooldownTracker(3, c.now);
    expect(await tracker.take("u1", "summary", 30)).toBeUndefined();
    expect(await tracker.take("u1", "summary", 30)).toBe(c.now() + 30_000);
    expect(await tracker.take("u1", "help", 0)).toBeUndefined();
    expect(await tracker.take("u1", "help", 0)).toBeUndefined();
    c.advance(3000);
    expect(await tracker.take("u1", "summary", 30)).toBeDefined();
    c.advance(27_000);
    expect(await tracker.take("u1", "summary", 30)).toBeUndefined();
  });
});
