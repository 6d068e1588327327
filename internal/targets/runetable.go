package targets

// runeTable maps a rune to a short list: the matcher asks it once per rune
// of every document (which names, aliases or keywords start here), so it is
// a two-level array over the Basic Multilingual Plane instead of a hash map,
// with a map for the rare characters beyond it.
type runeTable[T any] struct {
	pages  [256]*[256][]T
	astral map[rune][]T
}

func (t *runeTable[T]) get(r rune) []T {
	if r >= 0 && r < 0x10000 {
		if p := t.pages[r>>8]; p != nil {
			return p[r&0xff]
		}
		return nil
	}
	return t.astral[r]
}

func (t *runeTable[T]) set(r rune, v []T) {
	if r >= 0 && r < 0x10000 {
		p := t.pages[r>>8]
		if p == nil {
			p = new([256][]T)
			t.pages[r>>8] = p
		}
		p[r&0xff] = v
		return
	}
	if t.astral == nil {
		t.astral = map[rune][]T{}
	}
	t.astral[r] = v
}
