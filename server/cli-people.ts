import type { Command } from "commander";
import { actorOf } from "../core/people/caller.ts";
import { runTool } from "./cli-tool.ts";

/**
 * `winnow admin …`, `winnow token …`, `winnow review approve|reject …`: people and their credentials, made on the
 * server host (the CLI there acts as the local admin), and review decisions through the decide_review tool. Modules
 * load when a command runs, so --help stays fast.
 */
export function registerPeopleCommands(program: Command) {
  const admin = program.command("admin").description("Workspace admins (they hold every role on every brand)");
  admin
    .command("add")
    .description("Make a person a workspace admin (the first admin of a team is made here)")
    .requiredOption("--email <email>", "their work e-mail")
    .option("--name <name>", "display name")
    .option("--json", "print JSON")
    .action(async (o: { email: string; name?: string; json?: boolean }) =>
      withPeople(
        "admin_add",
        async (services, by) => {
          const person = await services.people.addAdmin({ email: o.email, name: o.name }, actorOf(by));
          return {
            audit: `made ${person.email} a workspace admin`,
            json: person,
            text: `${person.email} is a workspace admin (${person.id}). Next: winnow token create --member ${person.email}`,
          };
        },
        o.json,
      ),
    );
  admin
    .command("list")
    .description("List workspace admins")
    .option("--json", "print JSON")
    .action(async (o: { json?: boolean }) =>
      withPeople(
        "admin_list",
        async (services) => {
          const admins = await services.people.admins();
          return {
            json: { admins },
            text: admins.length
              ? admins.map((a) => `${a.id}  ${a.email ?? a.slackUserId}${a.name ? `  ${a.name}` : ""}`).join("\n")
              : "No workspace admins yet: winnow admin add --email you@team.example",
          };
        },
        o.json,
      ),
    );
  admin
    .command("remove")
    .description("Take the admin role away (their brand roles stay)")
    .requiredOption("--email <email>", "their e-mail (or member id)")
    .option("--json", "print JSON")
    .action(async (o: { email: string; json?: boolean }) =>
      withPeople(
        "admin_remove",
        async (services, by) => {
          const person = await services.people.removeAdmin(o.email, actorOf(by));
          return {
            audit: `took the admin role from ${person.email}`,
            json: person,
            text: `${person.email} is no longer a workspace admin.`,
          };
        },
        o.json,
      ),
    );

  const token = program.command("token").description("Personal tokens: every caller is a person");
  token
    .command("create")
    .description("Make a personal token for a member (shown once; only its hash is stored)")
    .requiredOption("--member <email>", "the member's e-mail, Slack id or member id")
    .option("--name <name>", "what it is for, e.g. laptop", "token")
    .option("--expires <when>", "e.g. 90d, 12h, 30m or 2027-06-30 (default: never)")
    .option("--json", "print JSON")
    .action(async (o: { member: string; name: string; expires?: string; json?: boolean }) =>
      withPeople(
        "token_create",
        async (services, by) => {
          const made = await services.people.createToken(o, by);
          return {
            audit: `made token ${made.view.id} "${made.view.name}" for ${made.member.email ?? made.member.slackUserId}`,
            json: { token: made.token, ...made.view },
            text: `${made.token}\n\nToken ${made.view.id} "${made.view.name}" for ${made.member.email ?? made.member.slackUserId}${made.view.expiresAt ? `, expires ${made.view.expiresAt}` : ", never expires"}. It is shown only now: put it in your MCP client config (WINNOW_MEMBER_TOKEN / the bundle's "Your personal Winnow token") or send it as Authorization: Bearer.`,
          };
        },
        o.json,
      ),
    );
  token
    .command("list")
    .description("List tokens (never their secrets)")
    .option("--member <email>", "only this member's tokens")
    .option("--json", "print JSON")
    .action(async (o: { member?: string; json?: boolean }) =>
      withPeople(
        "token_list",
        async (services) => {
          const tokens = await services.people.tokens(o.member);
          return {
            json: { tokens },
            text: tokens.length
              ? tokens
                  .map(
                    (t) =>
                      `${t.id}  ${t.status.padEnd(7)}  ${t.memberId}  "${t.name}"  created ${t.createdAt}${t.expiresAt ? `  expires ${t.expiresAt}` : ""}${t.lastUsedAt ? `  last used ${t.lastUsedAt}` : ""}`,
                  )
                  .join("\n")
              : "No tokens.",
          };
        },
        o.json,
      ),
    );
  token
    .command("revoke")
    .description("Revoke a token; the next request with it is refused")
    .argument("<tokenId>", "tok_...")
    .option("--json", "print JSON")
    .action(async (id: string, o: { json?: boolean }) =>
      withPeople(
        "token_revoke",
        async (services, by) => {
          const view = await services.people.revokeToken(id, by);
          return {
            audit: `revoked token ${view.id} "${view.name}"`,
            json: view,
            text: `Token ${view.id} "${view.name}" is revoked.`,
          };
        },
        o.json,
      ),
    );

  const review = program
    .command("review")
    .description("Decide review requests (as WINNOW_MEMBER_TOKEN's person, or the local admin)");
  for (const decision of ["approve", "reject"] as const) {
    review
      .command(decision)
      .description(`${decision === "approve" ? "Approve" : "Reject"} a pending review request`)
      .argument("<reviewId>", "rvw_...")
      .option("--reason <text>", "why")
      .option("--json", "print JSON")
      .action(async (reviewId: string, o: { reason?: string; json?: boolean }) =>
        runTool("decide_review", { reviewId, decision, ...(o.reason ? { reason: o.reason } : {}) }, o.json),
      );
  }
}

type PeopleServices = Awaited<ReturnType<typeof import("./services.ts")["buildServices"]>>;
type PeopleCaller = import("../core/people/caller.ts").Caller;

/**
 * Runs one people command as the CLI's person (the local admin on the server host, or WINNOW_MEMBER_TOKEN's person)
 * through the one authorization point (these commands need a workspace admin; members manage their own tokens on the
 * dashboard's Settings) and, when it changes something, with an audit row naming them. Nothing secret is audited.
 */
async function withPeople(
  command: string,
  run: (services: PeopleServices, by: PeopleCaller) => Promise<{ json: unknown; text: string; audit?: string }>,
  json?: boolean,
) {
  const [{ loadConfig }, { buildServices }, { runCommandAs }] = await Promise.all([
    import("./config.ts"),
    import("./services.ts"),
    import("./cli-tool.ts"),
  ]);
  const config = loadConfig();
  const services = await buildServices(config);
  try {
    const { cliCaller } = await import("./cli-tool.ts");
    const caller = await cliCaller(config, services);
    const out = await runCommandAs(command, config, services, () => run(services, caller), {
      changes: !/_list$/.test(command),
      summary: (r) => r.audit ?? command.replace("_", " "),
    });
    process.stdout.write(`${json ? JSON.stringify(out.json, null, 2) : out.text}\n`);
  } finally {
    await services.close();
  }
}
