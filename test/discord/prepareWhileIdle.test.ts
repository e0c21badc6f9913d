import { setImmediate as nextTurn, setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/types.js";
import { prepareWhileIdle } from "../../src/discord/prepareWhileIdle.js";

/** An engine whose prepare counts its calls and has `steps` paragraphs to do. */
function countingEngine(steps: number): Engine & { calls: number } {
  const engine = {
    calls: 0,
    prepare(count: number) {
      engine.calls += count;
      return engine.calls < steps;
    },
  };
  return engine as unknown as Engine & { calls: number };
}

async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await nextTurn();
}

describe("prepareWhileIdle", () => {
  it("prepares one paragraph per turn of the event loop until the engine is done", async () => {
    const engine = countingEngine(5);
    prepareWhileIdle(
      () => engine,
      () => false,
    );
    await turns(2);
    expect(engine.calls).toBeGreaterThan(0);
    expect(engine.calls).toBeLessThan(5);
    await turns(10);
    expect(engine.calls).toBe(5);
  });

  it("does nothing while something is in flight, and goes on once nothing is", async () => {
    const engine = countingEngine(3);
    let busy = true;
    prepareWhileIdle(
      () => engine,
      () => busy,
    );
    await turns(5);
    expect(engine.calls).toBe(0);
    busy = false;
    await sleep(60);
    await turns(5);
    expect(engine.calls).toBe(3);
  });

  it("stops for good on stop, and starts over on the engine serving now on restart", async () => {
    let engine = countingEngine(1000);
    const preparation = prepareWhileIdle(
      () => engine,
      () => false,
    );
    await turns(3);
    preparation.stop();
    const calls = engine.calls;
    await turns(5);
    expect(engine.calls).toBe(calls);

    const first = countingEngine(2);
    engine = first;
    const again = prepareWhileIdle(
      () => engine,
      () => false,
    );
    await turns(5);
    expect(first.calls).toBe(2);
    engine = countingEngine(2);
    again.restart();
    await turns(5);
    expect(engine.calls).toBe(2);
  });

  it("does several steps a turn while no interaction can arrive, and one a turn once one can", async () => {
    const engine = countingEngine(1_000_000_000);
    let unreachable = true;
    prepareWhileIdle(
      () => engine,
      () => false,
      () => unreachable,
    );
    await turns(2);
    // A counting step takes well under a microsecond: the turn's milliseconds hold thousands of them.
    expect(engine.calls).toBeGreaterThan(100);
    unreachable = false;
    await turns(1);
    const calls = engine.calls;
    await turns(4);
    expect(engine.calls - calls).toBeGreaterThan(0);
    expect(engine.calls - calls).toBeLessThanOrEqual(4);
  });

  it("takes a failing engine as done rather than letting the error escape", async () => {
    let calls = 0;
    const engine = {
      prepare() {
        calls++;
        throw new Error("broken");
      },
    } as unknown as Engine;
    prepareWhileIdle(
      () => engine,
      () => false,
    );
    await turns(5);
    expect(calls).toBe(1);
  });
});
