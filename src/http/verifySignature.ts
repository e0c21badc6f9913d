import { createPublicKey, verify, type KeyObject } from "node:crypto";

/** How far a signature's timestamp may be from now, either way: Discord's replay window. */
export const SIGNATURE_WINDOW_MS = 5 * 60 * 1000;

/** Why a request's signature was not accepted; `undefined` from the verifier means it was. */
export type SignatureProblem = "missing" | "malformed" | "expired" | "bad";

/** Checks one request's `X-Signature-Ed25519` and `X-Signature-Timestamp` over its raw body. */
export type SignatureVerifier = (
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
) => SignatureProblem | undefined;

/** The application's public key (64 hex digits, as the Developer Portal shows it) as a key object. */
export function importPublicKey(hex: string): KeyObject {
  const raw = Buffer.from(hex, "hex");
  if (raw.length !== 32) throw new Error("an Ed25519 public key is 32 bytes (64 hex digits)");
  return createPublicKey({
    key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") },
    format: "jwk",
  });
}

/**
 * Verify interactions the way Discord signs them: Ed25519 over the timestamp followed by the raw body.
 * A timestamp more than five minutes from now (old, or in the future) is refused even with a good
 * signature, so a captured request cannot be replayed later. `now` (ms) is injectable for tests.
 */
export function createSignatureVerifier(
  publicKeyHex: string,
  now: () => number = Date.now,
): SignatureVerifier {
  const key = importPublicKey(publicKeyHex);
  return (signature, timestamp, body) => {
    if (!signature || !timestamp) return "missing";
    if (!/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) return "malformed";
    const message = Buffer.concat([Buffer.from(timestamp, "utf8"), body]);
    if (!verify(null, message, key, Buffer.from(signature, "hex"))) return "bad";
    if (Math.abs(now() - Number(timestamp) * 1000) > SIGNATURE_WINDOW_MS) return "expired";
    return undefined;
  };
}
