import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, originProblem, safeNext } from "@/lib/auth/request";

const h = (o: Record<string, string>) => new Headers(o);

describe("clientAddress", () => {
  afterEach(() => {
    delete process.env.TRUSTED_IP_HEADER;
  });

  it("ignores X-Forwarded-For unless a trusted header is configured", () => {
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6" }))).toBe("direct");
  });

  it("takes the entry the nearest proxy appended", () => {
    process.env.TRUSTED_IP_HEADER = "X-Forwarded-For";
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientAddress(h({}))).toBe("unknown");
  });

  it("reads another named header", () => {
    process.env.TRUSTED_IP_HEADER = "x-real-ip";
    expect(clientAddress(h({ "x-real-ip": "192.0.2.1", "x-forwarded-for": "6.6.6.6" }))).toBe("192.0.2.1");
  });
});

describe("originProblem", () => {
  afterEach(() => {
    delete process.env.ADMIN_ALLOWED_ORIGINS;
  });

  it("accepts a same-origin post", () => {
    expect(originProblem(h({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBeNull();
    expect(originProblem(h({ origin: "https://Strike.example", host: "strike.example" }))).toBeNull();
  });

  it.each([
    [{ origin: "https://evil.example", host: "strike.example" }, /another site/],
    [{ origin: "http://strike.example:8080", host: "strike.example" }, /another site/],
    [{ host: "strike.example" }, /did not say/],
    [{ origin: "null", host: "strike.example" }, /did not say/],
    [{ origin: "::::", host: "strike.example" }, /malformed/],
  ])("refuses %j", (headers, msg) => {
    expect(originProblem(h(headers as Record<string, string>))).toMatch(msg);
  });

  it("accepts configured origins behind a Host-rewriting proxy", () => {
    process.env.ADMIN_ALLOWED_ORIGINS = "https://strike.example/";
    expect(originProblem(h({ origin: "https://strike.example", host: "127.0.0.1:3000" }))).toBeNull();
  });
});

describe("safeNext", () => {
  it.each([
    ["/admin/incidents/3", "/admin/incidents/3"],
    ["/admin?page=2", "/admin?page=2"],
    ["//evil.example/admin", "/admin"],
    ["/admin/../../x", "/admin"],
    ["/admin\\\\evil.example", "/admin"],
    ["https://evil.example", "/admin"],
    ["/adminx", "/admin"],
    ["/admin/sign-in", "/admin"],
    [undefined, "/admin"],
  ])("%s → %s", (input, out) => {
    expect(safeNext(input)).toBe(out);
  });
});
