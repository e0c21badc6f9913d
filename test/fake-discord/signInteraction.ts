import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";

/** An application's Ed25519 key pair as Discord holds it: the public key is what the Developer Portal shows. */
export interface InteractionKeys {
  /** The public key as 64 hex digits (DISCORD_PUBLIC_KEY). */
  publicKeyHex: string;
  privateKey: KeyObject;
}

/** A fresh test key pair, made with node:crypto. */
export function generateInteractionKeys(): InteractionKeys {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const x = publicKey.export({ format: "jwk" }).x;
  if (!x) throw new Error("no public key bytes");
  return { publicKeyHex: Buffer.from(x, "base64url").toString("hex"), privateKey };
}

/** The headers Discord sends with an interaction it POSTs. */
export type SignatureHeaders = {
  "x-signature-ed25519": string;
  "x-signature-timestamp": string;
};

/**
 * Sign a body as Discord does: Ed25519 over the timestamp (Unix seconds, as text) followed by the exact
 * body bytes. `timestamp` defaults to now.
 */
export function signInteraction(
  body: string | Buffer,
  privateKey: KeyObject,
  timestamp: number = Math.floor(Date.now() / 1000),
): SignatureHeaders {
  const stamp = String(timestamp);
  const message = Buffer.concat([Buffer.from(stamp), Buffer.from(body)]);
  return {
    "x-signature-ed25519": sign(null, message, privateKey).toString("hex"),
    "x-signature-timestamp": stamp,
  };
}
