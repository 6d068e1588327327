package pages

import (
	"context"
	"html"
	"io"
	"strconv"

	"github.com/a-h/templ"
)

// anchors writes a highlighted figure's text with the anchors it holds
// (#fig-N of figures sharing its words, #hit-N of search hits inside
// it) in front, with nothing between: the document text is shown with
// white-space kept, so a space templ put between elements would show.
func anchors(s Segment) templ.Component {
	return templ.ComponentFunc(func(ctx context.Context, w io.Writer) error {
		for _, id := range s.Also {
			if _, err := io.WriteString(w, `<span id="fig-`+strconv.FormatInt(id, 10)+`"></span>`); err != nil {
				return err
			}
		}
		for _, id := range s.Hits {
			if _, err := io.WriteString(w, `<span id="`+html.EscapeString(id)+`" class="hit-anchor"></span>`); err != nil {
				return err
			}
		}
		_, err := io.WriteString(w, html.EscapeString(s.Text))
		return err
	})
}
