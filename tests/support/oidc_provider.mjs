// A real OpenID provider for the federated sign-in tests: Debian's glewlwyd on loopback with a
// SQLite database of its own, configured through its own admin API (as a provider's operator
// would). It signs id_tokens with an ES256 key of a JWKS this harness makes, so a test can
// rotate the key, and a person "signs in at the provider" through glewlwyd's login API.
import { spawn, execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { readFileSync } from "node:fs";

const INIT_SQL = "/usr/share/doc/glewlwyd/database/init.sqlite3.sql.gz";

async function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export function newSigningKey(kid) {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return { ...privateKey.export({ format: "jwk" }), kid, alg: "ES256", use: "sig" };
}

// Cookie-keeping requests to glewlwyd; never follows redirects.
class Session {
  constructor(base) { this.base = base; this.cookie = ""; }
  async call(method, path, body) {
    const headers = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await fetch(path.startsWith("http") ? path : this.base + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), redirect: "manual",
    });
    const set = res.headers.getSetCookie().map((c) => c.split(";")[0]).filter((c) => !c.endsWith("="));
    if (set.length) this.cookie = set.join("; ");
    return { status: res.status, location: res.headers.get("location"), text: await res.text() };
  }
}

export async function startProvider(dir) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const issuer = `${base}/api/oidc`;
  const db = join(dir, "glewlwyd.db");
  execFileSync("sqlite3", [db], { input: gunzipSync(readFileSync(INIT_SQL)) });
  const conf = join(dir, "glewlwyd.conf");
  writeFileSync(conf, [
    `port=${port}`, `bind_address="127.0.0.1"`, `external_url="${base}"`, `login_url="login.html"`,
    `static_files_path="/usr/share/glewlwyd/webapp/"`, `api_prefix="api"`, `allow_origin="*"`,
    `log_mode="file"`, `log_level="INFO"`, `log_file="${join(dir, "glewlwyd.log")}"`,
    `cookie_secure=0`, `session_expiration=3600`, `session_key="GLEWLWYD2_SESSION_ID"`,
    `admin_session_authentication="cookie"`, `profile_session_authentication="cookie"`,
    `allow_multiple_user_per_session=false`, `login_api_enabled=true`,
    `admin_scope="g_admin"`, `profile_scope="g_profile"`,
    `user_module_path="/usr/lib/glewlwyd/user"`, `client_module_path="/usr/lib/glewlwyd/client"`,
    `user_auth_scheme_module_path="/usr/lib/glewlwyd/scheme"`,
    `plugin_module_path="/usr/lib/glewlwyd/plugin"`,
    // glewlwyd reads the certificate paths even when TLS is off.
    `use_secure_connection=false`, `secure_connection_key_file="${join(dir, "none.key")}"`,
    `secure_connection_pem_file="${join(dir, "none.pem")}"`, `hash_algorithm="SHA512"`,
    `database = { type = "sqlite3"; path = "${db}"; };`,
    // Without these glewlwyd serves its login page with no type, and a browser downloads it.
    `static_files_mime_types = (${[[".html", "text/html"], [".js", "application/javascript"],
      [".css", "text/css"], [".json", "application/json"], [".png", "image/png"],
      [".ico", "image/x-icon"], [".woff2", "font/woff2"], [".woff", "font/woff"], [".ttf", "font/ttf"]]
      .map(([extension, type]) => `{ extension = "${extension}"; mime_type = "${type}"; }`).join(", ")});`,
  ].join("\n") + "\n");

  let child = null;
  const admin = new Session(base);
  const provider = {
    base, issuer, port, keys: [newSigningKey("sleutel-1")],
    async start() {
      child = spawn("glewlwyd", [`--config-file=${conf}`], { stdio: "ignore" });
      for (let i = 0; i < 100; i++) {
        try {
          const r = await fetch(`${base}/config`);
          if (r.ok) return;
        } catch { /* not listening yet */ }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error("glewlwyd did not start");
    },
    async stop() {
      if (!child) return;
      const exited = new Promise((r) => child.on("exit", r));
      child.kill("SIGTERM");
      await exited;
      child = null;
    },
    // The OIDC plugin, signing with the first key of `keys` and publishing all of them;
    // `overrides` change its parameters (a code that expires in a second).
    async configure(overrides = {}) {
      const parameters = {
        iss: issuer, "jwks-private": JSON.stringify({ keys: provider.keys }),
        "default-kid": provider.keys[0].kid, "jwks-show": true, "jwt-type": "ecdsa", "jwt-key-size": "256",
        "access-token-duration": 600, "refresh-token-duration": 3600, "code-duration": 300,
        "refresh-token-rolling": false, "allow-non-oidc": false, "auth-type-code-enabled": true,
        "auth-type-code-revoke-replayed": false, "auth-type-token-enabled": false,
        "auth-type-id-token-enabled": false, "auth-type-none-enabled": false,
        "auth-type-password-enabled": false, "auth-type-client-enabled": false,
        "auth-type-refresh-enabled": false, "pkce-allowed": true, "pkce-method-plain-allowed": false,
        scope: [], "subject-type": "public", "session-management-allowed": true,
        "end-session-allowed": true, "session-cookie-name": "GLEWLWYD2_OIDC_SID",
        "session-cookie-expiration": 3600, "name-claim": "mandatory", "email-claim": "mandatory",
        claims: [{ name: "schac_home_organization", "user-property": "schac", type: "string",
                   "boolean-value-true": "", "boolean-value-false": "", mandatory: true,
                   "on-demand": false, scope: [] },
                 { name: "eduperson_affiliation", "user-property": "affiliation", type: "string",
                   "boolean-value-true": "", "boolean-value-false": "", mandatory: true,
                   "on-demand": false, scope: [] }],
        ...overrides,
      };
      const body = { module: "oidc", name: "oidc", display_name: "OIDC", parameters };
      const exists = (await admin.call("GET", "/api/mod/plugin/oidc")).status === 200;
      const r = exists ? await admin.call("PUT", "/api/mod/plugin/oidc", body)
                       : await admin.call("POST", "/api/mod/plugin/", body);
      if (r.status !== 200) throw new Error(`oidc plugin: ${r.status} ${r.text}`);
      if (exists) await admin.call("PUT", "/api/mod/plugin/oidc/reset");
    },
    async signInAdmin() {
      const r = await admin.call("POST", "/api/auth/", { username: "admin", password: "password" });
      if (r.status !== 200) throw new Error(`glewlwyd admin: ${r.status}`);
      // The user store keeps a "schac" property: the provider's claim schac_home_organization.
      const mod = JSON.parse((await admin.call("GET", "/api/mod/user/database")).text);
      for (const [property, multiple] of [["schac", false], ["affiliation", true]])
        mod.parameters["data-format"][property] = { multiple, read: true, write: true,
                                                    "profile-read": false, "profile-write": false };
      const put = await admin.call("PUT", "/api/mod/user/database", mod);
      if (put.status !== 200) throw new Error(`user module: ${put.status} ${put.text}`);
      await admin.call("PUT", "/api/mod/user/database/reset");
    },
    async addUser(username, password, schac = "veldzicht.example.nl", affiliation = ["employee", "member"]) {
      const r = await admin.call("POST", "/api/user/", {
        username, password, name: username, email: `${username}@example.nl`, scope: ["openid"],
        enabled: true, schac, affiliation,
      });
      if (r.status !== 200) throw new Error(`user ${username}: ${r.status} ${r.text}`);
    },
    async addClient(clientId, secret, koersBase) {
      const r = await admin.call("POST", "/api/client/", {
        client_id: clientId, name: clientId, confidential: true, password: secret,
        redirect_uri: [`${koersBase}/inloggen/extern/terug`], post_logout_redirect_uri: `${koersBase}/`,
        authorization_type: ["code"], token_endpoint_auth_method: ["client_secret_basic"],
        scope: ["openid"], enabled: true,
      });
      if (r.status !== 200) throw new Error(`client ${clientId}: ${r.status} ${r.text}`);
    },
    // A person at the provider: signs in with username and password, consents to `clientId`,
    // and follows the authorisation URL Koers sent them to. Returns where the provider sends
    // the browser back (Koers's redirect URI with code and state).
    async authorise(authorizationUrl, username, password, clientId) {
      const person = new Session(base);
      const auth = await person.call("POST", "/api/auth/", { username, password });
      if (auth.status !== 200) throw new Error(`signing in at the provider: ${auth.status}`);
      await person.call("PUT", `/api/auth/grant/${clientId}`, { scope: "openid" });
      // g_continue: the person finished glewlwyd's login page.
      const r = await person.call("GET", authorizationUrl + "&g_continue");
      if (r.status !== 302) throw new Error(`authorisation: ${r.status} ${r.text}`);
      return { location: r.location, person };
    },
  };
  await provider.start();
  await provider.signInAdmin();
  await provider.configure();
  return provider;
}
