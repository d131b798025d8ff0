/**
 * A typed client of the API: the types come from the app's OpenAPI document
 * (`npm run generate` writes src/schema.d.ts), the calls from openapi-fetch.
 *
 * Sign-in keeps the token pair in memory; a call answered 401 refreshes the pair once and is
 * sent again. Every failure is an `ApiFailure` carrying the API's error body.
 */
import createClient, { type Middleware } from "openapi-fetch";

import type { components, paths } from "./schema.js";

type Schemas = components["schemas"];
export type Item = Schemas["ItemRead"];
export type ItemCreate = Schemas["ItemCreate"];
export type ItemUpdate = Schemas["ItemUpdate"];
export type ItemPage = Schemas["ItemPage"];
export type ItemQuery = NonNullable<paths["/api/v1/items"]["get"]["parameters"]["query"]>;
export type User = Schemas["UserRead"];
export type TokenPair = Schemas["TokenPair"];
export type ApiError = Schemas["ErrorBody"];

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError,
  ) {
    super(`${status} ${error.code}: ${error.message}`);
    this.name = "ApiFailure";
  }
}

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function unwrap<T>({ data, error, response }: Outcome<T>): T {
  if (error !== undefined || !response.ok) {
    const body = (error as { error?: ApiError } | undefined)?.error;
    throw new ApiFailure(response.status, body ?? { code: "unknown", message: response.statusText, details: [] });
  }
  return data as T;
}

export class Api {
  readonly #client;
  #tokens: TokenPair | null = null;

  constructor(baseUrl: string) {
    this.#client = createClient<paths>({ baseUrl });
    const bearer: Middleware = {
      onRequest: ({ request }) => {
        if (this.#tokens !== null && !request.headers.has("Authorization")) {
          request.headers.set("Authorization", `Bearer ${this.#tokens.access_token}`);
        }
        return request;
      },
    };
    this.#client.use(bearer);
  }

  get signedIn(): boolean {
    return this.#tokens !== null;
  }

  async register(email: string, password: string): Promise<User> {
    return unwrap(await this.#client.POST("/api/v1/auth/register", { body: { email, password } }));
  }

  async signIn(email: string, password: string): Promise<void> {
    const form = { grant_type: "password" as const, username: email, password, scope: "" };
    this.#tokens = unwrap(
      await this.#client.POST("/api/v1/auth/token", {
        body: form,
        bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
    );
  }

  async signOut(): Promise<void> {
    if (this.#tokens === null) return;
    const refresh_token = this.#tokens.refresh_token;
    this.#tokens = null;
    unwrap(await this.#client.POST("/api/v1/auth/logout", { body: { refresh_token } }));
  }

  /** Sends `call`; on a 401 with a refresh token, rotates the pair and sends it once more. */
  async #authorised<T>(call: () => Promise<Outcome<T>>): Promise<T> {
    const first = await call();
    if (first.response.status !== 401 || this.#tokens === null) return unwrap(first);
    const refresh_token = this.#tokens.refresh_token;
    this.#tokens = null;
    this.#tokens = unwrap(await this.#client.POST("/api/v1/auth/refresh", { body: { refresh_token } }));
    return unwrap(await call());
  }

  async me(): Promise<User> {
    return this.#authorised(() => this.#client.GET("/api/v1/users/me"));
  }

  async listItems(query: ItemQuery = {}): Promise<ItemPage> {
    return this.#authorised(() => this.#client.GET("/api/v1/items", { params: { query } }));
  }

  async createItem(item: ItemCreate): Promise<Item> {
    return this.#authorised(() => this.#client.POST("/api/v1/items", { body: item }));
  }

  async readItem(itemId: number): Promise<Item> {
    const params = { path: { item_id: itemId } };
    return this.#authorised(() => this.#client.GET("/api/v1/items/{item_id}", { params }));
  }

  async updateItem(itemId: number, changes: ItemUpdate): Promise<Item> {
    const params = { path: { item_id: itemId } };
    return this.#authorised(() =>
      this.#client.PATCH("/api/v1/items/{item_id}", { params, body: changes }),
    );
  }

  async deleteItem(itemId: number): Promise<void> {
    const params = { path: { item_id: itemId } };
    await this.#authorised(() => this.#client.DELETE("/api/v1/items/{item_id}", { params }));
  }
}
