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
