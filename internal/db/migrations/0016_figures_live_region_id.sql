-- A region's live figures in id order, for the API's pages (ORDER BY
-- f.id, with after=ID paging) and any read of one region by id: through
-- figures_series the 640 rows of a county were read and then sorted in a
-- temporary b-tree (a sixth of an API page's build, and the LIMIT could
-- not stop the read early). An index's entries end with the rowid, so
-- this one is in id order within each region. About 11 bytes a figure.
CREATE INDEX figures_live_region_id ON figures(region_id) WHERE review_status != 'rejected';
