package pages

import "github.com/mubiao/mubiao/views/layout"

// Login is the login form.
type Login struct {
	Page  layout.Page
	CSRF  string // the form's double-submit token
	Next  string // where to go after logging in
	Name  string
	Error string
}

// FieldChoice is the correction form's vocabulary: indicators, kinds,
// comparators.
type FieldChoice struct {
	Indicators []Option
	Kinds      []Option
	Cmps       []Option
}

// FigurePage is one figure: its sentence in context, its fields, its
// review status and history, and (for a reviewer) the review forms.
type FigurePage struct {
	Page       layout.Page
	Fig        DocFigure
	Before     string // text before the quote, for context
	Quote      string
	After      string
	Status     string // review status: unreviewed, confirmed, corrected, rejected
	Confidence string
	Human      bool // a person added it
	Region     string
	RegionCode string
	Year       int
	Kind       string
	Value      string
	Cmp        string
	Choices    FieldChoice
	History    []HistoryRow
	Reasons    []string // why it is in the review queue
	Reading    ReadingView
}

// HistoryRow is one recorded change.
type HistoryRow struct {
	User, At, Action string
	Changes          []Change
}

// Change is one field before and after.
type Change struct{ Field, Before, After string }

// ReviewQueue is the list of figures waiting for a person.
type ReviewQueue struct {
	Page  layout.Page
	Items []QueueRow
	Total int
	Pager Pager
}

// QueueRow is one figure in the queue.
type QueueRow struct {
	Fig     DocFigure
	Reasons []string
}

// Pager links the pages of a long list.
type Pager struct {
	Page, Pages int
	Prev, Next  string
}

// Upload is the upload form and, after a POST, its preview.
type Upload struct {
	Page     layout.Page
	MaxFiles int
	MaxMB    int
	Previews []UploadPreview
	Error    string
	Saved    []SavedDoc
}

// SavedDoc is a document an upload stored, with how many figures it
// gave: "saved" is never said without the count.
type SavedDoc struct {
	ID        int64
	Title     string
	Region    string
	Year      int
	Figures   int
	Duplicate bool // stored before: nothing new written
}

// MissingInfo says whether any preview lacks its region or year.
func (m Upload) MissingInfo() bool {
	for _, pv := range m.Previews {
		if pv.Error == "" && pv.Duplicate == 0 && pv.Missing {
			return true
		}
	}
	return false
}

// Savable says whether any preview is a file waiting to be saved: a
// duplicate or an unreadable file has nothing to save, so a page of only
// those offers no 保存 (which would answer 没有可保存的文件).
func (m Upload) Savable() bool {
	for _, pv := range m.Previews {
		if pv.Error == "" && pv.Duplicate == 0 && pv.Token != "" {
			return true
		}
	}
	return false
}

// UploadPreview is one uploaded file as read, before it is saved.
type UploadPreview struct {
	Token      string
	Name       string
	Encoding   string
	Duplicate  int64  // stored already as this document
	Error      string // it could not be read: no form
	Problem    string // the corrections could not be applied: the form again
	Title      string
	Region     string
	RegionCode string
	Year       int
	Missing    bool // the region or the report year was not recognised
	Figures    []DocFigure
}
