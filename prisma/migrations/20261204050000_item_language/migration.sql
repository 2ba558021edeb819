-- The language each item's own text is written in, so pages can mark it (lang) for readers and
-- screen readers. Existing items were written in Swedish.
ALTER TABLE "Organisation" ADD COLUMN "language" "Locale" NOT NULL DEFAULT 'sv';
ALTER TABLE "Lab" ADD COLUMN "language" "Locale" NOT NULL DEFAULT 'sv';
ALTER TABLE "Challenge" ADD COLUMN "language" "Locale" NOT NULL DEFAULT 'sv';
ALTER TABLE "Offering" ADD COLUMN "language" "Locale" NOT NULL DEFAULT 'sv';
