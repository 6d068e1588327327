package web

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Config is what an operator sets about the server, from the environment.
type Config struct {
	// EmbedOrigins are the sites whose pages may frame the /embed/ charts
	// (MUBIAO_EMBED_ORIGINS); empty means any site. Every other page may
	// not be framed at all.
	EmbedOrigins []string
	// PublicURL is where users reach Mubiao (MUBIAO_PUBLIC_URL, e.g.
	// https://mubiao.example.gov.cn), used in the embed snippets and the
	// exports' source links; empty means the scheme and host of each
	// request.
	PublicURL string
	// TrustedProxies are the networks of the reverse proxies in front of
	// Mubiao (MUBIAO_TRUSTED_PROXIES, CIDRs). Only a request from one of
	// them has its X-Forwarded-For read for the client's address (login
	// rate limits are per client) and its X-Forwarded-Proto for whether
	// cookies must be Secure. Empty: the connection's own address.
	TrustedProxies []*net.IPNet
	// ExportChunkTimeout is how long one write of an export to a client
	// may take before the client is dropped; zero means 10 s (tests
	// shorten it).
	ExportChunkTimeout time.Duration
	// ExportMinRate is the slowest a client may read an export, in bytes
	// a second on average once the first chunk timeout has passed; zero
	// means 8 KB/s (tests raise it).
	ExportMinRate int
	// ExportBuffer is the most of an export built in memory before it is
	// sent (see export_buffer.go); zero means 2 MB (tests shrink it to
	// make every export a stream).
	ExportBuffer int
	// ExportHeld bounds the bytes of exports built in memory and still
	// being sent, in all; zero means 64 MB.
	ExportHeld int64
}

// ParseCIDRs reads networks separated by spaces or commas; a bare
// address is a network of one.
func ParseCIDRs(s string) ([]*net.IPNet, error) {
	var out []*net.IPNet
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
		if !strings.Contains(f, "/") {
			if ip := net.ParseIP(f); ip != nil {
				bits := 32
				if ip.To4() == nil {
					bits = 128
				}
				f += "/" + strconv.Itoa(bits)
			}
		}
		_, n, err := net.ParseCIDR(f)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q: want an address or a CIDR such as 10.0.0.0/8", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// ParseOrigins reads a list of origins separated by spaces or commas:
// scheme://host[:port], the host may start with "*." for any subdomain.
// "*" alone, or nothing, means any origin (a nil list).
func ParseOrigins(s string) ([]string, error) {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
		if f == "*" {
			return nil, nil
		}
		u, err := url.Parse(f)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
			(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.User != nil ||
			strings.ContainsAny(u.Host, "'\";") || strings.Contains(strings.TrimPrefix(u.Host, "*."), "*") {
			return nil, fmt.Errorf("embed origin %q: want scheme://host[:port], e.g. https://www.example.gov.cn", f)
		}
		out = append(out, u.Scheme+"://"+strings.ToLower(u.Host))
	}
	return out, nil
}

// ParsePublicURL checks MUBIAO_PUBLIC_URL: scheme://host[:port] only, as
// Mubiao's routes start at the root.
func ParsePublicURL(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
		return "", fmt.Errorf("public URL %q: want scheme://host[:port], e.g. https://mubiao.example.gov.cn", s)
	}
	return u.Scheme + "://" + u.Host, nil
}

// frameAncestors is the CSP source list of who may frame an embed.
func (c Config) frameAncestors() string {
	if len(c.EmbedOrigins) == 0 {
		return "*"
	}
	return "'self' " + strings.Join(c.EmbedOrigins, " ")
}
