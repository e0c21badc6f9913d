import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The packages a module and everything it imports at run time (static and dynamic imports, not `import type`) use. */
function runtimePackages(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((e) => resolve(e));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // Comments may show import syntax as an example; only code counts.
    const source = readFileSync(file, "utf8").replace(/^\s*(?:\/\/|\*).*$/gm, "");
    const pattern = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"|import\("([^"]+)"\)/gm;
    const specs = [...source.matchAll(pattern)].map((m) => m[1] ?? m[2]!);
    for (const spec of specs) {
      if (spec.startsWith(".")) queue.push(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      else
        packages.add(
          spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!,
        );
    }
  }
  return packages;
}

describe("a production install (npm ci --omit=dev)", () => {
  it("runs nothing at install time that needs a dev dependency", () => {
    for (const hook of ["preinstall", "install", "postinstall", "prepare", "prepublish"]) {
      expect(pkg.scripts[hook], hook).toBeUndefined();
    }
  });

  it("has every package the bot, the command deployment and the health check import at run time", () => {
    const used = runtimePackages([
      "src/index.ts",
      "src/discord/deployCommands.ts",
      "src/http/checkHealth.ts",
    ]);
    expect(used).toContain("prom-client");
    expect(used).toContain("discord.js");
    const builtin = new Set(builtinModules);
    const missing = [...used].filter(
      (p) => !p.startsWith("node:") && !builtin.has(p) && !(p in pkg.dependencies),
    );
    expect(missing).toEqual([]);
  });

  it("starts what the image and the service unit start: node on the built entry point, never npm", () => {
    expect(pkg.scripts.start).toBe("node dist/src/index.js");
    expect(pkg.scripts.prestart).toBe("node scripts/buildIfStale.mjs");
    const dockerfile = readFileSync("Dockerfile", "utf8");
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/src\/index\.js"\]$/m);
    expect(dockerfile).toMatch(
      /^HEALTHCHECK .*CMD \["node", "dist\/src\/http\/checkHealth\.js"\]$/m,
    );
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    const unit = readFileSync("deploy/verbatim.service", "utf8");
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node dist\/src\/index\.js$/m);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^EnvironmentFile=/m);
  });

  it("gives the image's health settings an env file made from .env.example cannot blank", () => {
    const dockerfile = readFileSync("Dockerfile", "utf8");
    expect(dockerfile).toMatch(/HTTP_PORT=8080/);
    expect(dockerfile).toMatch(/HTTP_HOST=0\.0\.0\.0/);
    const example = readFileSync(".env.example", "utf8");
    expect(example).not.toMatch(/^HTTP_(PORT|HOST)=/m);
    expect(example).toMatch(/^#HTTP_PORT=/m);
  });
});
