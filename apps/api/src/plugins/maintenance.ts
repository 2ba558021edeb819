import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const INTERVAL_MS = 10 * 60_000;

/**
 * Deletes what has run out: sessions, reset tokens and rate-limit windows. Every API process
 * runs it; the deletes are idempotent, so several at once do no harm.
 */
export default fp(
  async function maintenancePlugin(app: FastifyInstance) {
    const sweep = async () => {
      try {
        const now = new Date();
        const [sessions, resets, buckets] = await app.prisma.$transaction([
          app.prisma.session.deleteMany({ where: { expiresAt: { lt: now } } }),
          app.prisma.passwordResetToken.deleteMany({
            where: { expiresAt: { lt: new Date(now.getTime() - 86_400_000) } },
          }),
          app.prisma.rateLimit.deleteMany({ where: { expire: { lt: now } } }),
        ]);
        app.log.debug(
          { sessions: sessions.count, resets: resets.count, buckets: buckets.count },
          'expired rows deleted',
        );
      } catch (error) {
        app.log.warn({ err: error }, 'sweep of expired rows failed; next try in 10 minutes');
      }
    };
    const timer = setInterval(() => void sweep(), INTERVAL_MS);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  },
  { name: 'maintenance', dependencies: ['database'] },
);
