import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { installProcessHandlers } from "../src/processHandlers.js";

function setUp() {
  const events = new EventEmitter();
  const lines: string[] = [];
  const exits: number[] = [];
  installProcessHandlers(
    events,
    createLogger("debug", (line) => lines.push(line), ["secret-token-value"]),
    (code) => exits.push(code),
  );
  return { events, lines, exits };
}

describe("process-level handlers", () => {
  it("log an unhandled rejection with its error and stack, and keep the process running", () => {
    const { events, lines, exits } = setUp();
    events.emit("unhandledRejection", new Error("REST call failed for secret-token-value"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /ERROR unhandled promise rejection error="Error: REST call failed for \[redacted\]" stack=/,
    );
    expect(exits).toEqual([]);
  });

  it("log a rejection with a non-error reason too", () => {
    const { events, lines } = setUp();
    events.emit("unhandledRejection", "plain reason");
    expect(lines[0]).toMatch(/error="plain reason"/);
  });

  it("log an uncaught exception with its origin, then exit 1", () => {
    const { events, lines, exits } = setUp();
    events.emit("uncaughtException", new TypeError("boom"), "uncaughtException");
    expect(lines[0]).toMatch(
      /ERROR uncaught exception; exiting error="TypeError: boom" origin="uncaughtException"/,
    );
    expect(exits).toEqual([1]);
  });
});
