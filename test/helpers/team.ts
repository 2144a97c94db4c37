import type { BrandRole, Caller } from "../../core/people/caller.ts";
import { localAdmin } from "../../core/people/caller.ts";
import type { Services } from "../../server/services.ts";

/** The personas of the role matrix: everyone has their own token. */
export const PERSONAS = ["nonMember", "viewer", "editor", "reviewer", "otherApprover", "approver", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];

export interface Team {
  brand: string;
  otherBrand: string;
  tokens: Record<Persona, string>;
  emails: Record<Persona, string>;
  callers: Record<Persona, Caller>;
}

const ROLE_OF: Partial<Record<Persona, BrandRole>> = {
  viewer: "viewer",
  editor: "editor",
  reviewer: "reviewer",
  approver: "approver",
};

/**
 * Two brands (kestrel, heron) and one person per persona, each with a personal token: a person with no role, a
 * viewer/editor/reviewer/approver of kestrel, an approver of heron only, and a workspace admin.
 */
export async function seedTeam(services: Services, brand = "kestrel", otherBrand = "heron"): Promise<Team> {
  const admin = localAdmin("test");
  for (const slug of [brand, otherBrand]) {
    if (!(await services.brands.list({ limit: 100 })).items.some((b) => b.slug === slug))
      await services.brands.create({ slug, name: `${slug[0]!.toUpperCase()}${slug.slice(1)}` }, "test");
  }
  const tokens = {} as Record<Persona, string>;
  const emails = {} as Record<Persona, string>;
  const callers = {} as Record<Persona, Caller>;
  for (const persona of PERSONAS) {
    const email = `${persona.toLowerCase()}@team.example`;
    emails[persona] = email;
    const role = ROLE_OF[persona];
    if (role) await services.brands.addMember({ brand, role, email, name: persona }, "test");
    if (persona === "otherApprover")
      await services.brands.addMember({ brand: otherBrand, role: "approver", email }, "test");
    if (persona === "admin") await services.people.addAdmin({ email }, "test");
    if (persona === "nonMember") await services.people.ensure({ email }, "test");
    const made = await services.people.createToken({ member: email, name: "test" }, admin);
    tokens[persona] = made.token;
    callers[persona] = (await services.people.callerFor(email, "test"))!;
  }
  return { brand, otherBrand, tokens, emails, callers };
}

/** Makes a Slack user a member (editor of the first brand, or of a new small brand) so Slack and agent tests act as a person with a role. */
export async function addSlackMember(services: Services, slackUserId: string, role: BrandRole = "editor") {
  const brands = (await services.brands.list({ limit: 100 })).items;
  const slug = brands[0]?.slug ?? (await services.brands.create({ slug: "team", name: "Team" }, "test")).slug;
  await services.brands.addMember({ brand: slug, role, slackUserId }, "test");
}
