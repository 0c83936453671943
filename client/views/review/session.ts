/**
 * Who reviews and with which token: asked once, kept for the browser session (sessionStorage,
 * gone when the tab closes), and forgotten when the server refuses the token.
 */
const TOKEN = "pg.review.token";
const AUTHOR = "pg.review.author";

export interface Reviewer {
  token: string;
  author: string;
}

export function reviewer(): Reviewer | null {
  const token = sessionStorage.getItem(TOKEN);
  const author = sessionStorage.getItem(AUTHOR);
  return token && author ? { token, author } : null;
}

export function setReviewer(r: Reviewer): void {
  sessionStorage.setItem(TOKEN, r.token.trim());
  sessionStorage.setItem(AUTHOR, r.author.trim());
}

export function forgetToken(): void {
  sessionStorage.removeItem(TOKEN);
}
