/**
 * One journey through the API with the typed client: sign up, sign in, create, list with a
 * filter and a page, update, delete, and read the deleted item's 404. Exits non-zero on the
 * first surprise. `BASE_URL=http://127.0.0.1:8000 npm run smoke`
 */
import { randomUUID } from "node:crypto";

import { Api, ApiFailure } from "./client.js";

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`unexpected: ${what}`);
}

const api = new Api(process.env.BASE_URL ?? "http://127.0.0.1:8000");
const email = `smoke-${randomUUID()}@example.com`;
const password = `${randomUUID()}-pw`;

await api.register(email, password);
await api.signIn(email, password);
check((await api.me()).email === email, "me() names the signed-in user");

const lamp = await api.createItem({ name: "Desk lamp", status: "published" });
await api.createItem({ name: "Chair" });
const page = await api.listItems({ q: "lamp", status: "published", limit: 10, offset: 0 });
check(page.total === 1 && page.items[0]?.id === lamp.id, "the filter finds the lamp only");

const renamed = await api.updateItem(lamp.id, { name: "Floor lamp" });
check(renamed.name === "Floor lamp", "the update renames the item");

await api.deleteItem(lamp.id);
try {
  await api.readItem(lamp.id);
  check(false, "a deleted item is gone");
} catch (failure) {
  check(failure instanceof ApiFailure && failure.status === 404, "a deleted item answers 404");
  check((failure as ApiFailure).error.code === "not_found", "the error code is not_found");
}

await api.signOut();
console.log("client journey: ok");
