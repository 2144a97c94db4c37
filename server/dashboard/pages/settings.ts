import type { Context, Hono, MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";
import { html } from "hono/html";
import type { BrandView, MemberView } from "../../../core/brand/workspace-types.ts";
import { MEMBER_ROLES } from "../../../core/brand/workspace-types.ts";
import { asWinnowError, WinnowError } from "../../../core/errors.ts";
import type { Services } from "../../services.ts";
import { actAs, authorizeRead, visibleTo } from "../actions.ts";
import { csrfField, requireCsrfToken } from "../csrf.ts";
import { empty, type Html, money, page, when } from "../layout.ts";

/**
 * Settings: a team's brands and who may approve. Forms post to the same core service the brand tools use
 * (services.brands), so the rules on slugs, colours, audiences and the last approver are the same everywhere. A
 * refused form comes back with the message and the values typed in.
 */
type Form = Record<string, string>;
type Problem = { message: string; form: Form } | undefined;

export function settingsRoutes(app: Hono, services: Services, auth: MiddlewareHandler) {
  const guard = [auth, csrf(), requireCsrfToken()] as const;
  app.get("/settings", auth, async (c) => c.html(await settingsView(c, services)));
  app.get("/settings/brands/:brand", auth, async (c) => c.html(await brandView(c, services, c.req.param("brand"))));

  app.post("/settings/brands", ...guard, async (c) => {
    const form = await formOf(c);
    try {
      writable(services);
      const { brand } = (
        await actAs<{ brand: BrandView }>(c, services, "create_brand", {
          slug: form.slug ?? "",
          name: form.name ?? "",
          ...brandFields(form),
        })
      ).structured;
      return c.redirect(`/settings/brands/${brand.slug}?saved=created`, 303);
    } catch (error) {
      return refused(c, error, () => settingsView(c, services, { message: message(error), form }));
    }
  });
  app.post("/settings/brands/:brand", ...guard, async (c) => {
    const form = await formOf(c);
    const ref = c.req.param("brand");
    try {
      writable(services);
      const removeAudiences = lines(form.removeAudiences ?? "", ",");
      await actAs(c, services, "update_brand", {
        brand: ref,
        ...(form.name ? { name: form.name } : {}),
        ...brandFields(form),
        ...(removeAudiences.length ? { removeAudiences } : {}),
      });
      return c.redirect(`/settings/brands/${ref}?saved=updated`, 303);
    } catch (error) {
      return refused(c, error, () => brandView(c, services, ref, { message: message(error), form }));
    }
  });
  app.post("/settings/brands/:brand/members", ...guard, async (c) => {
    const form = await formOf(c);
    const ref = c.req.param("brand");
    try {
      writable(services);
      await actAs(c, services, "add_brand_member", {
        brand: ref,
        role: form.role,
        ...(form.slackUserId ? { slackUserId: form.slackUserId } : {}),
        ...(form.email ? { email: form.email } : {}),
        ...(form.memberName ? { name: form.memberName } : {}),
      });
      return c.redirect(`/settings/brands/${ref}?saved=member`, 303);
    } catch (error) {
      return refused(c, error, () => brandView(c, services, ref, { message: message(error), form }));
    }
  });
  app.post("/settings/brands/:brand/members/remove", ...guard, async (c) => {
    const form = await formOf(c);
    const ref = c.req.param("brand");
    try {
      writable(services);
      await actAs(c, services, "remove_brand_member", {
        brand: ref,
        member: form.member ?? "",
        ...(form.role ? { role: form.role } : {}),
      });
      return c.redirect(`/settings/brands/${ref}?saved=removed`, 303);
    } catch (error) {
      return refused(c, error, () => brandView(c, services, ref, { message: message(error), form }));
    }
  });
}

async function settingsView(c: Context, services: Services, problem?: Problem): Promise<Html> {
  const { items } = await services.brands.list({ limit: 100, visible: await visibleTo(c, services) });
  const rows = items.map(
    (
      b,
    ) => html`<tr><td><a href="/settings/brands/${b.slug}">${b.name}</a> <code>${b.slug}</code></td><td>${swatches(b.palette)}</td>
      <td>${b.audiences.map((a) => a.slug).join(", ") || "—"}</td><td class="num">${b.members.approvers}</td><td class="num">${b.members.total}</td>
      <td>${money(b.approvalPolicy.spendThresholdMicros)}${b.approvalPolicy.approvalBelowProbability !== undefined ? html` · P(best) &lt; ${b.approvalPolicy.approvalBelowProbability}` : ""}</td>
      <td>${b.ruleSetVersion === null ? "none" : `v${b.ruleSetVersion}`}</td></tr>`,
  );
  return page(
    "Settings",
    "/settings",
    html`${alert(problem)}
    <h2>Brands</h2>
    ${
      items.length
        ? html`<table><thead><tr><th scope="col">Brand</th><th scope="col">Palette</th><th scope="col">Audiences</th><th class="num" scope="col">Approvers</th><th class="num" scope="col">Members</th><th scope="col">Approval needed at</th><th scope="col">Rules</th></tr></thead><tbody>${rows}</tbody></table>`
        : empty(
            "No brands yet.",
            "Create your first brand below, then add its approvers. Rules come with update_brand_rules.",
          )
    }
    <h2>Create a brand</h2>
    <form method="post" action="/settings/brands" class="settings">${csrfField(c)}
      ${field("slug", "Slug", problem?.form, "acme-coffee", true, "lower-case letters, digits and hyphens")}
      ${field("name", "Name", problem?.form, "Acme Coffee", true)}
      ${brandInputs(problem?.form)}
      <button type="submit">Create brand</button>
    </form>`,
  );
}

async function brandView(c: Context, services: Services, ref: string, problem?: Problem): Promise<Html> {
  await authorizeRead(c, services, "list_brand_members", { brand: ref }); // another brand's settings → 403 page
  const b = await services.brands.get(ref);
  const members = await services.brands.listMembers(b.id, { limit: 100 });
  const saved = c.req.query("saved");
  const current: Form = {
    name: b.name,
    description: b.description ?? "",
    palette: b.palette.join(", "),
    headlineFont: b.fonts.headline ?? "",
    bodyFont: b.fonts.body ?? "",
    logoAssetIds: b.logoAssetIds.join(", "),
    audiences: b.audiences.map((a) => [a.slug, a.name, a.aliases.join(", ")].join(" | ")).join("\n"),
    spendThreshold: String(b.approvalPolicy.spendThresholdMicros / 1e6),
    pbestBar:
      b.approvalPolicy.approvalBelowProbability === undefined ? "" : String(b.approvalPolicy.approvalBelowProbability),
    reviewChannel: b.reviewChannel ?? "",
  };
  const form = problem?.form ?? current;
  return page(
    b.name,
    "/settings",
    html`<p><a href="/settings">← All brands</a> · <code>${b.slug}</code> · <code>${b.id}</code> · created ${when(b.createdAt)}</p>
    ${saved ? html`<p role="status" class="saved">Saved.</p>` : ""}${alert(problem)}
    <h2>Members</h2>
    ${members.items.length ? memberTable(c, b, members.items) : empty("Nobody is a member yet.", "Add an approver below: only approvers can approve reviews and promotions.")}
    <form method="post" action="/settings/brands/${b.slug}/members" class="settings">${csrfField(c)}
      <label>Role <select name="role">${MEMBER_ROLES.map((r) => html`<option${form.role === r ? " selected" : ""}>${r}</option>`)}</select></label>
      ${field("slackUserId", "Slack user id", problem?.form, "U024BE7LH", false, "needed to approve in Slack")}
      ${field("email", "E-mail", problem?.form, "dana@example.com")}
      ${field("memberName", "Name", problem?.form, "Dana")}
      <button type="submit">Add member</button>
    </form>
    <h2>Brand</h2>
    <form method="post" action="/settings/brands/${b.slug}" class="settings">${csrfField(c)}
      ${field("name", "Name", form, "", true)}
      ${brandInputs(form)}
      ${field("removeAudiences", "Remove audiences", problem?.form, "slug, slug")}
      <button type="submit">Save brand</button>
    </form>
    <p class="muted">Brand rules (banned phrases, disclaimers, palette tolerance, logo) are versioned with update_brand_rules${b.ruleSetVersion !== null ? html` — now at v${b.ruleSetVersion}` : ""}.</p>`,
  );
}

function memberTable(c: Context, b: BrandView, members: MemberView[]): Html {
  return html`<table><thead><tr><th scope="col">Name</th><th scope="col">Slack</th><th scope="col">E-mail</th><th scope="col">Roles</th><th scope="col">Added</th></tr></thead><tbody>
    ${members.map(
      (
        m,
      ) => html`<tr><td>${m.name ?? "—"}</td><td>${m.slackUserId ? html`<code>${m.slackUserId}</code>` : "—"}</td><td>${m.email ?? "—"}</td>
        <td>${m.roles.map(
          (r) =>
            html`<form method="post" action="/settings/brands/${b.slug}/members/remove" class="inline">${csrfField(c)}<input type="hidden" name="member" value="${m.userRef}"><input type="hidden" name="role" value="${r}"><span class="badge">${r}</span> <button type="submit" class="secondary" aria-label="Remove ${r} role from ${m.name ?? m.userRef}">remove</button></form>`,
        )}</td><td>${when(m.addedAt)}</td></tr>`,
    )}</tbody></table>`;
}

function brandInputs(form: Form | undefined): Html {
  return html`${field("description", "Description", form, "What the brand is and how it speaks")}
    ${field("palette", "Palette", form, "#FF5A1F, #15171C", false, "hex colours, comma-separated")}
    ${field("headlineFont", "Headline font", form, "Inter Tight")}
    ${field("bodyFont", "Body font", form, "Inter")}
    ${field("logoAssetIds", "Logo assets", form, "ast_…", false, "asset ids of kind logo, comma-separated")}
    <label>Audiences <span class="muted">one per line: slug | Name | alias, alias</span>
      <textarea name="audiences" rows="3" placeholder="gen-z | Gen Z runners | Gen Z, zoomers">${form?.audiences ?? ""}</textarea></label>
    ${field("spendThreshold", "Approval needed from spend ($)", form, "500")}
    ${field("pbestBar", "Approval needed below P(best)", form, "0.99")}
    ${field("reviewChannel", "Slack review channel", form, "#creative-review")}`;
}

function field(
  name: string,
  label: string,
  form: Form | undefined,
  placeholder: string,
  required = false,
  hint = "",
): Html {
  return html`<label>${label}${hint ? html` <span class="muted">${hint}</span>` : ""}
    <input name="${name}" value="${form?.[name] ?? ""}" placeholder="${placeholder}"${required ? html` required` : ""}></label>`;
}

const swatches = (palette: string[]) =>
  palette.length
    ? html`<span class="swatches">${palette.map((hex) => html`<span class="swatch" style="background:${hex}" title="${hex}" role="img" aria-label="${hex}"></span>`)}</span>`
    : "—";

const alert = (problem: Problem) => (problem ? html`<p role="alert" class="error">${problem.message}</p>` : "");

/** Form text → the service's input; empty fields mean "leave as is". */
function brandFields(form: Form): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (form.description) out.description = form.description;
  if (form.palette) out.palette = lines(form.palette, ",");
  if (form.headlineFont || form.bodyFont)
    out.fonts = {
      ...(form.headlineFont ? { headline: form.headlineFont } : {}),
      ...(form.bodyFont ? { body: form.bodyFont } : {}),
    };
  if (form.logoAssetIds) out.logoAssetIds = lines(form.logoAssetIds, ",");
  if (form.audiences)
    out.audiences = lines(form.audiences, "\n").map((line) => {
      const [slug = "", name = "", aliases = ""] = line.split("|").map((s) => s.trim());
      return { slug, name: name || slug, aliases: lines(aliases, ",") };
    });
  const policy: Record<string, number> = {};
  if (form.spendThreshold)
    policy.spendThresholdMicros = Math.round(Number(form.spendThreshold.replace(/[$,\s]/g, "")) * 1e6);
  if (form.pbestBar) policy.approvalBelowProbability = Number(form.pbestBar);
  if (Object.keys(policy).length) out.approvalPolicy = policy;
  if (form.reviewChannel) out.reviewChannel = form.reviewChannel;
  return out;
}

const lines = (text: string, sep: string) =>
  text
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);

async function formOf(c: Context): Promise<Form> {
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === "string")) as Form;
}

function writable(services: Services) {
  if (services.config.readOnly)
    throw new WinnowError("forbidden", "This server runs with WINNOW_READ_ONLY=1, so settings cannot be changed.");
}

const message = (error: unknown) => asWinnowError(error).message;

/** Bad input comes back on the same page with a 4xx; anything else goes to the dashboard's error page. */
async function refused(c: Context, error: unknown, render: () => Promise<Html>) {
  const err = asWinnowError(error);
  if (err.code === "internal" || err.code === "forbidden") throw error;
  return c.html(await render(), err.httpStatus as 400);
}
