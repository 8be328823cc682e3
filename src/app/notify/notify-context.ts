/** How the node reaches people beyond the Deck; absent, messages stay in the Deck (as before). */
export interface NotifyContext {
  mail?: MailSettings;
  /** How long a webhook receiver may take before the attempt counts as failed. */
  webhookTimeoutMs: number;
  /** Tries of a mail or webhook job before it is given up and shown to founders. */
  maxAttempts: number;
  /** How often `serveHttp` sweeps (`notifyTick`). */
  intervalMs: number;
}

export interface MailSettings {
  /** An SMTP URL (`smtp://user:pass@host:587`, `smtps://…`); it may hold a password: never logged. */
  smtpUrl: string;
  /** The From address, e.g. `"Our Co-op" <disco@coop.example>`. */
  from: string;
  /** The node's public HTTPS address, for links and the one-click unsubscribe route. */
  publicUrl: string;
  /** DKIM signing (nodemailer's `dkim` option); absent, mail goes unsigned by the node. */
  dkim?: { domainName: string; keySelector: string; privateKey: string };
  /** Bounds on one SMTP conversation, well under the job lease (tests shorten them). */
  timeoutMs?: number;
}

export const DEFAULT_NOTIFY: NotifyContext = {
  webhookTimeoutMs: 10_000,
  maxAttempts: 8,
  intervalMs: 30_000,
};

/**
 * The notify context from the node's settings (`NotifyConfig` in src/config): mail only when an
 * SMTP URL is given (the config has checked that From and the public URL come with it).
 *
 * @example ctx.notify = notifyContextOf(config.notify, config.witnessing.publicUrl);
 */
export function notifyContextOf(
  config: {
    smtpUrl?: string;
    mailFrom?: string;
    dkimDomain?: string;
    dkimSelector?: string;
    dkimKeyPem?: string;
    webhookTimeoutMs: number;
    deliveryAttempts: number;
    notifyIntervalMs: number;
  },
  publicUrl: string | undefined,
): NotifyContext {
  return {
    webhookTimeoutMs: config.webhookTimeoutMs,
    maxAttempts: config.deliveryAttempts,
    intervalMs: config.notifyIntervalMs,
    ...(config.smtpUrl && config.mailFrom && publicUrl
      ? {
          mail: {
            smtpUrl: config.smtpUrl,
            from: config.mailFrom,
            publicUrl,
            ...(config.dkimDomain && config.dkimSelector && config.dkimKeyPem
              ? {
                  dkim: {
                    domainName: config.dkimDomain,
                    keySelector: config.dkimSelector,
                    privateKey: config.dkimKeyPem,
                  },
                }
              : {}),
          },
        }
      : {}),
  };
}
