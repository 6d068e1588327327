package db

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
)

// MinPasswordLength is the shortest password an account may have.
const MinPasswordLength = 10

// bcryptCost makes one password check take a noticeable fraction of a
// second: cheap for a person logging in, dear for a guesser.
const bcryptCost = 12

// ErrBadLogin is returned for an unknown name or a wrong password alike,
// so a login form does not tell which names exist.
var ErrBadLogin = errors.New("wrong name or password")

// User is an account that may write.
type User struct {
	ID   int64
	Name string
}

// dummyHash is compared against when a name is unknown, so a failed login
// takes as long whether or not the name exists. It is made on first use,
// not at package load: a cost-12 hash is a fifth of a second that every
// command (extract, gen, backup) would otherwise pay before it starts.
var dummyHash = sync.OnceValue(func() []byte {
	h, _ := bcrypt.GenerateFromPassword([]byte("mubiao-no-such-user"), bcryptCost)
	return h
})

func checkAccount(name, password string) error {
	if name == "" || strings.ContainsAny(name, " \t\r\n") || utf8.RuneCountInString(name) > 64 {
		return fmt.Errorf("%w: a user name is 1 to 64 characters without spaces", ErrInvalid)
	}
	if utf8.RuneCountInString(password) < MinPasswordLength {
		return fmt.Errorf("%w: a password needs at least %d characters", ErrInvalid, MinPasswordLength)
	}
	if len(password) > 72 {
		return fmt.Errorf("%w: a password may be at most 72 bytes (bcrypt reads no more)", ErrInvalid)
	}
	return nil
}

// AddUser creates an account with a bcrypt-hashed password.
func (d *DB) AddUser(ctx context.Context, name, password string) (User, error) {
	if err := checkAccount(name, password); err != nil {
		return User{}, err
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcryptCost)
	if err != nil {
		return User{}, err
	}
	res, err := d.sql.ExecContext(ctx, `INSERT INTO users(name, password_hash, created_at) VALUES (?, ?, ?)`,
		name, string(hash), time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE") {
			return User{}, fmt.Errorf("%w: user %q exists", ErrInvalid, name)
		}
		return User{}, err
	}
	id, err := res.LastInsertId()
	return User{ID: id, Name: name}, err
}

// SetPassword changes a password and ends the user's sessions.
func (d *DB) SetPassword(ctx context.Context, name, password string) error {
	if err := checkAccount(name, password); err != nil {
		return err
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcryptCost)
	if err != nil {
		return err
	}
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var id int64
	if err := tx.QueryRowContext(ctx, `SELECT id FROM users WHERE name = ?`, name).Scan(&id); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("%w: no user %q", ErrInvalid, name)
		}
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ? WHERE id = ?`, string(hash), id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = ?`, id); err != nil {
		return err
	}
	return tx.Commit()
}

// Authenticate checks a name and password.
func (d *DB) Authenticate(ctx context.Context, name, password string) (User, error) {
	var u User
	var hash string
	err := d.sql.QueryRowContext(ctx, `SELECT id, name, password_hash FROM users WHERE name = ?`, name).Scan(&u.ID, &u.Name, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		_ = bcrypt.CompareHashAndPassword(dummyHash(), []byte(password))
		return User{}, ErrBadLogin
	}
	if err != nil {
		return User{}, err
	}
	if bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) != nil {
		return User{}, ErrBadLogin
	}
	return u, nil
}

// Session is a logged-in user and the CSRF token of their forms.
type Session struct {
	User User
	CSRF string
}

// RandomToken is 32 random bytes, URL-safe.
func RandomToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func tokenHash(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// NewSession starts a session; the token goes in the cookie, only its
// hash in the database.
func (d *DB) NewSession(ctx context.Context, u User, ttl time.Duration) (token string, s Session, err error) {
	token, s = RandomToken(), Session{User: u, CSRF: RandomToken()}
	now := time.Now().UTC()
	if _, err = d.sql.ExecContext(ctx, `DELETE FROM sessions WHERE expires_at < ?`, now.Format(time.RFC3339)); err != nil {
		return "", Session{}, err
	}
	_, err = d.sql.ExecContext(ctx, `INSERT INTO sessions(token_hash, user_id, csrf, expires_at) VALUES (?, ?, ?, ?)`,
		tokenHash(token), u.ID, s.CSRF, now.Add(ttl).Format(time.RFC3339))
	return token, s, err
}

// SessionFor returns the live session of a cookie token, ErrNotFound when
// there is none (unknown or expired).
func (d *DB) SessionFor(ctx context.Context, token string) (Session, error) {
	var s Session
	err := d.sql.QueryRowContext(ctx, `SELECT u.id, u.name, s.csrf FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.token_hash = ? AND s.expires_at > ?`, tokenHash(token), time.Now().UTC().Format(time.RFC3339)).Scan(&s.User.ID, &s.User.Name, &s.CSRF)
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, ErrNotFound
	}
	return s, err
}

// EndSession logs a session out.
func (d *DB) EndSession(ctx context.Context, token string) error {
	_, err := d.sql.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = ?`, tokenHash(token))
	return err
}

// SaveUpload keeps an uploaded file until its preview is saved or
// dropped; uploads older than a day are cleared on the way.
func (d *DB) SaveUpload(ctx context.Context, u User, name string, raw []byte) (string, error) {
	token := RandomToken()
	now := time.Now().UTC()
	if _, err := d.sql.ExecContext(ctx, `DELETE FROM uploads WHERE created_at < ?`, now.Add(-24*time.Hour).Format(time.RFC3339)); err != nil {
		return "", err
	}
	_, err := d.sql.ExecContext(ctx, `INSERT INTO uploads(token, user_id, name, raw, created_at) VALUES (?, ?, ?, ?, ?)`,
		token, u.ID, name, raw, now.Format(time.RFC3339))
	return token, err
}

// Upload returns a user's pending upload; another user's token finds nothing.
func (d *DB) Upload(ctx context.Context, u User, token string) (string, []byte, error) {
	var name string
	var raw []byte
	err := d.sql.QueryRowContext(ctx, `SELECT name, raw FROM uploads WHERE token = ? AND user_id = ?`, token, u.ID).Scan(&name, &raw)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil, ErrNotFound
	}
	return name, raw, err
}

// DropUpload forgets a pending upload.
func (d *DB) DropUpload(ctx context.Context, token string) error {
	_, err := d.sql.ExecContext(ctx, `DELETE FROM uploads WHERE token = ?`, token)
	return err
}

// SetDisplayName sets how pages name a user (the figure pages' history):
// 1 to 32 characters, no control characters; "" shows them by number.
func (d *DB) SetDisplayName(ctx context.Context, name, display string) error {
	display = strings.TrimSpace(display)
	if utf8.RuneCountInString(display) > 32 || strings.IndexFunc(display, unicode.IsControl) >= 0 {
		return fmt.Errorf("%w: a display name is up to 32 characters without control characters", ErrInvalid)
	}
	res, err := d.sql.ExecContext(ctx, `UPDATE users SET display_name = ? WHERE name = ?`, display, name)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%w: no user %q", ErrInvalid, name)
	}
	return nil
}
