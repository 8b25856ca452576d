import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";

describe("passwords", () => {
  it("hashes with a fresh salt and verifies only the right password", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toContain("correct");
    await expect(verifyPassword("correct horse battery", a)).resolves.toBe(true);
    await expect(verifyPassword("correct horse batterY", a)).resolves.toBe(false);
    await expect(verifyPassword("", a)).resolves.toBe(false);
  });

  it("treats composed and decomposed accents as the same password", async () => {
    const h = await hashPassword("pa\u00e9ssword-long");
    await expect(verifyPassword("pae\u0301ssword-long", h)).resolves.toBe(true);
  });

  it("refuses malformed or tampered hashes instead of throwing", async () => {
    await expect(verifyPassword("x", "plain")).resolves.toBe(false);
    await expect(verifyPassword("x", "scrypt$1099511627776$8$1$AAAA$AAAA")).resolves.toBe(false);
  });

  it("rejects weak new passwords with a reason", () => {
    expect(passwordProblem("short")).toMatch(/at least 12/);
    expect(passwordProblem("aaaaaaaaaaaaaaaa")).toMatch(/repetitive/);
    expect(passwordProblem("x".repeat(300) + "abcd")).toMatch(/at most/);
    expect(passwordProblem("a reasonable passphrase")).toBeNull();
  });
});
