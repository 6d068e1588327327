package web

import (
	"net"
	"net/http"
	"net/netip"
	"strings"

	"github.com/labstack/echo/v4"
)

// ipExtractor reads the client's address. A connection from anywhere but
// a configured proxy is its own client, whatever X-Forwarded-For says.
// From a proxy, the header is read right to left (each proxy appends the
// address it was reached from; everything left of the first address a
// trusted proxy wrote came from the client and may be forged): the
// client is the first hop that is not itself a trusted proxy. All the
// header lines count, in order, as RFC 7230 joins them.
func ipExtractor(trusted []*net.IPNet) echo.IPExtractor {
	isTrusted := func(a netip.Addr) bool {
		for _, n := range trusted {
			if n.Contains(net.IP(a.AsSlice())) {
				return true
			}
		}
		return false
	}
	return func(r *http.Request) string {
		direct := parseHop(r.RemoteAddr)
		if !direct.IsValid() {
			return r.RemoteAddr
		}
		if !isTrusted(direct) {
			return direct.String()
		}
		client := direct
		hops := strings.Split(strings.Join(r.Header.Values(echo.HeaderXForwardedFor), ","), ",")
		for i := len(hops) - 1; i >= 0; i-- {
			h := parseHop(hops[i])
			if !h.IsValid() {
				break // not an address a proxy writes: keep the last trusted hop's word
			}
			client = h
			if !isTrusted(h) {
				break
			}
		}
		return client.String()
	}
}

// parseHop reads one address as connections and proxies give it: bare,
// with a port, IPv6 in brackets; IPv4-mapped IPv6 as IPv4, zones dropped.
func parseHop(s string) netip.Addr {
	s = strings.TrimSpace(s)
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap().WithZone("")
	}
	a, err := netip.ParseAddr(strings.TrimSuffix(strings.TrimPrefix(s, "["), "]"))
	if err != nil {
		return netip.Addr{}
	}
	return a.Unmap().WithZone("")
}

// clientKey is who a limit counts an address against: an IPv4 address,
// or the /64 an IPv6 address is in. One subscriber, one machine even,
// has a whole /64 (SLAAC and privacy addresses pick new ones inside it
// at will), so counting single IPv6 addresses counts nothing.
func clientKey(ip string) string {
	a := parseHop(ip)
	if !a.IsValid() {
		return ip
	}
	if a.Is4() {
		return a.String()
	}
	p, err := a.Prefix(64)
	if err != nil {
		return a.String()
	}
	return p.String()
}

// fromTrustedProxy says whether the connection itself is a configured proxy.
func (s *Server) fromTrustedProxy(c echo.Context) bool {
	a := parseHop(c.Request().RemoteAddr)
	if !a.IsValid() {
		return false
	}
	for _, n := range s.cfg.TrustedProxies {
		if n.Contains(net.IP(a.AsSlice())) {
			return true
		}
	}
	return false
}
