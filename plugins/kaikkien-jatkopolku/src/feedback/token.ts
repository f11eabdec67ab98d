/** The link's path under the host (the email puts the portal's public address before it). */
export const feedbackPath = (token: string) => `/public/kaikkien-jatkopolku/palaute/${token}`;
