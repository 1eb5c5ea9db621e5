// Command hash1 prints the h1: hash of a module zip, computed independently of Go.Sdk with Go's standard library,
// following golang.org/x/mod/sumdb/dirhash.Hash1 over the zip's entries (as cmd/go does for go.sum).
package main

import (
	"archive/zip"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"sort"
)

func main() {
	r, err := zip.OpenReader(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer r.Close()
	files := map[string]*zip.File{}
	var names []string
	for _, f := range r.File {
		names = append(names, f.Name)
		files[f.Name] = f
	}
	sort.Strings(names)
	summary := sha256.New()
	for _, name := range names {
		rc, err := files[name].Open()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		h := sha256.New()
		if _, err := io.Copy(h, rc); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		rc.Close()
		fmt.Fprintf(summary, "%x  %s\n", h.Sum(nil), name)
	}
	fmt.Println("h1:" + base64.StdEncoding.EncodeToString(summary.Sum(nil)))
}
