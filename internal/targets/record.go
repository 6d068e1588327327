package targets

// Record is a stored figure: the contract's fields plus where it lives.
type Record struct {
	Figure
	ID            int64
	DocumentID    int64
	DocumentTitle string
	RegionCode    string
	RegionLevel   Level
	ReviewStatus  string
	// ReportYear is the report year of the figure's document (0 when
	// unknown): among figures stating one side of a cell, the latest
	// report's is the most up to date.
	ReportYear int
	// Verdict is the status of the figure's cell, where the query asked
	// for it (db.FigureFilter.Verdicts), and CellLater the cell's report
	// reviewing its year when the verdict is not_found.
	Verdict   Status
	CellLater *DocumentRef
}

// StoredDocument is a document as the database keeps it.
type StoredDocument struct {
	ID               int64
	Title            string
	Region           string
	RegionCode       string
	ReportYear       int
	Source           string
	Encoding         string
	Text             string
	ExtractorVersion string
	IngestedAt       string
	SHA256           string
}

// RegionSummary is a region with how many figures the database holds for it.
type RegionSummary struct {
	Region
	ParentName string
	Figures    int
}
