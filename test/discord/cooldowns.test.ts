import { describe, expect, it } from "vitest";
import { createCooldownTracker } from "../../src/discord/cooldowns.js";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("createCooldownTracker", () => {
  it("refuses a second use within the window and says when it frees up", () => {
    const c = clock();
    const tracker = createCooldownTracker(3, c.now);
    expect(tracker.take("u1", "who")).toBeUndefined();
    c.advance(1000);
    expect(tracker.take("u1", "who")).toBe(1_003_000);
  });

  it("allows the use again once the window has passed", () => {
    const c = clock();
    const tracker = createCooldownTracker(3, c.now);
    tracker.take("u1", "who");
    c.advance(3000);
    expect(tracker.take("u1", "who")).toBeUndefined();
  });

  it("keeps users and commands apart", () => {
    const tracker = createCooldownTracker(3, clock().now);
    expect(tracker.take("u1", "who")).toBeUndefined();
    expect(tracker.take("u2", "who")).toBeUndefined();
    expect(tracker.take("u1", "where")).toBeUndefined();
    expect(tracker.take("u1", "who")).toBeDefined();
  });

  it("does not extend the window on a refused use", () => {
    const c = clock();
    const tracker = createCooldownTracker(3, c.now);
    tracker.take("u1", "who");
    c.advance(2000);
    tracker.take("u1", "who");
    c.advance(1000);
    expect(tracker.take("u1", "who")).toBeUndefined();
  });

  it("never refuses when the cooldown is 0, whatever a command asks for", () => {
    const tracker = createCooldownTracker(0, clock().now);
    expect(tracker.take("u1", "who")).toBeUndefined();
    expect(tracker.take("u1", "who")).toBeUndefined();
    expect(tracker.take("u1", "summary", 30)).toBeUndefined();
    expect(tracker.take("u1", "summary", 30)).toBeUndefined();
  });

  it("holds each command for its own cooldown, and never one whose cooldown is 0", () => {
    const c = clock();
    const tracker = createCooldownTracker(3, c.now);
    expect(tracker.take("u1", "summary", 30)).toBeUndefined();
    expect(tracker.take("u1", "summary", 30)).toBe(c.now() + 30_000);
    expect(tracker.take("u1", "help", 0)).toBeUndefined();
    expect(tracker.take("u1", "help", 0)).toBeUndefined();
    c.advance(3000);
    expect(tracker.take("u1", "summary", 30)).toBeDefined();
    c.advance(27_000);
    expect(tracker.take("u1", "summary", 30)).toBeUndefined();
  });
});
