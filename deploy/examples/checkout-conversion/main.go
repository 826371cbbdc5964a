// Command checkout-conversion shows how the shop's checkoutservice tells Outrigger about an
// order, so LLM spend can be divided by conversions (docs/costs.md, "Conversions").
//
// In checkoutservice, create one ConversionReporter at start-up and call Report right after
// PlaceOrder has charged the card and shipped the order. The session id is req.UserId: the
// frontend fills it with the shop's session cookie, the same value it sends to the LLM
// services as x-session-id (README.md).
//
// Run on its own it posts one conversion, for a smoke test from inside the cluster:
//
//	OUTRIGGER_ADMIN_TOKEN=... go run . -session <id> -order <id> -value 42.50
//
// Standard library only.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"time"
)

// DefaultURL is the Service in front of every Outrigger's admin port
// (deploy/kubernetes/base/admin-service.yaml). Any pod can take a conversion: each one sent is
// counted once, as llm.session.converted, and Datadog divides the fleet's spend by the fleet's
// conversions. So send each order exactly once, to the Service, never to every pod.
const DefaultURL = "http://outrigger-admin:9464/v1/conversions"

// ConversionReporter posts orders to Outrigger's POST /v1/conversions.
type ConversionReporter struct {
	URL    string       // OUTRIGGER_CONVERSIONS_URL, else DefaultURL
	Token  string       // OUTRIGGER_ADMIN_TOKEN: the key "token" of the Secret outrigger-admin-token
	Client *http.Client // with a timeout: an order never waits long for this
}

// NewConversionReporterFromEnv reads the address and the token from the environment. It
// returns an error when there is no token: every admin route but the probes answers 401
// without one.
func NewConversionReporterFromEnv() (*ConversionReporter, error) {
	token := os.Getenv("OUTRIGGER_ADMIN_TOKEN")
	if token == "" {
		return nil, errors.New("OUTRIGGER_ADMIN_TOKEN is not set: give the container the key token of the Secret outrigger-admin-token")
	}
	url := os.Getenv("OUTRIGGER_CONVERSIONS_URL")
	if url == "" {
		url = DefaultURL
	}
	return &ConversionReporter{URL: url, Token: token, Client: &http.Client{Timeout: 2 * time.Second}}, nil
}

// conversion is the body Outrigger expects: session_id and order_id non-empty, at most 128
// bytes each; value_usd optional, from 0 to 1,000,000.
type conversion struct {
	SessionID string  `json:"session_id"`
	OrderID   string  `json:"order_id"`
	ValueUSD  float64 `json:"value_usd"`
}

// Report sends one order. 201 (recorded) and 200 (an order id this pod has already seen) are
// both success. A connection that could not be opened is tried once more, since nothing
// reached Outrigger; any other failure is returned and not retried, because a retry that lands
// on another pod would count the order twice.
func (r *ConversionReporter) Report(ctx context.Context, sessionID, orderID string, valueUSD float64) error {
	body, err := json.Marshal(conversion{SessionID: sessionID, OrderID: orderID, ValueUSD: valueUSD})
	if err != nil {
		return err
	}
	for attempt := 1; ; attempt++ {
		err = r.post(ctx, body)
		var opErr *net.OpError
		if err == nil || attempt == 2 || !errors.As(err, &opErr) || opErr.Op != "dial" {
			return err
		}
	}
}

func (r *ConversionReporter) post(ctx context.Context, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+r.Token)
	resp, err := r.Client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	answer, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	switch resp.StatusCode {
	case http.StatusCreated, http.StatusOK:
		return nil
	default:
		// 400 names the field that is wrong; 401 means the token does not match the Secret.
		return fmt.Errorf("outrigger answered %d: %s", resp.StatusCode, bytes.TrimSpace(answer))
	}
}

// In checkoutservice's PlaceOrder, once the order is placed (names as in Online Boutique's
// checkoutservice; total is the order's money.Money):
//
//	go func() {
//		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
//		defer cancel()
//		value := float64(total.GetUnits()) + float64(total.GetNanos())/1e9
//		if err := cs.conversions.Report(ctx, req.UserId, orderID.String(), value); err != nil {
//			log.Warnf("conversion not reported to Outrigger: %v", err)
//		}
//	}()
//
// The order never waits for it and never fails because of it. Online Boutique's totals are in
// the user's currency; convert to USD first (checkoutservice already calls currencyservice) if
// value_usd should be dollars.

func main() {
	session := flag.String("session", "", "session id the chatbot used (x-session-id)")
	order := flag.String("order", "", "order id")
	value := flag.Float64("value", 0, "order total in USD")
	flag.Parse()
	if *session == "" || *order == "" {
		log.Fatal("usage: checkout-conversion -session <id> -order <id> [-value <usd>]")
	}
	reporter, err := NewConversionReporterFromEnv()
	if err != nil {
		log.Fatal(err)
	}
	if err := reporter.Report(context.Background(), *session, *order, *value); err != nil {
		log.Fatal(err)
	}
	fmt.Println("conversion recorded")
}
