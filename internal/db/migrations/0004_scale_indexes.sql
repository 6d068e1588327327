-- Indexes for millions of figures (measured on `server gen`'s database,
-- see the README's Performance section). Both are partial on the figures
-- views show (not rejected), so a query for them never visits the table
-- just to check the review status, and both cover what their queries
-- read: a region's years and cells (overview, compare, the review queue's
-- "target without its result"), and an indicator's regions and years
-- (the indicator view).
CREATE INDEX figures_live_region ON figures(region_id, year, indicator, kind, period) WHERE review_status != 'rejected';
CREATE INDEX figures_live_indicator ON figures(indicator, period, region_id, year) WHERE review_status != 'rejected';
-- The document list, a page at a time, latest report year first.
CREATE INDEX documents_by_year ON documents(report_year DESC, id);
