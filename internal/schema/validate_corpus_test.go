package schema

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/object"
)

const corpusDir = "../../testdata/schema/corpus"

// readCaseList reads a "case: reason" file of the corpus.
func readCaseList(t *testing.T, name string) map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(corpusDir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c, reason, ok := strings.Cut(line, ": ")
		if !ok || strings.TrimSpace(reason) == "" {
			t.Fatalf("%s: line %q: want \"case: reason\"", name, line)
		}
		out[c] = reason
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// kubectlValidate runs kubectl-validate on files (one batch) and returns
// whether it accepted every object of each file.
func kubectlValidate(t *testing.T, files []string) map[string]bool {
	t.Helper()
	if len(files) == 0 {
		return nil
	}
	args := append([]string{"--version", "1.30", "--local-crds", envDir(t, "NIXK8S_CRD_DIR"), "-o", "json"}, files...)
	cmd := exec.Command("kubectl-validate", args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatalf("running kubectl-validate (install it with `go install sigs.k8s.io/kubectl-validate@v0.0.4`): %v", err)
	}
	var res map[string]json.RawMessage
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatalf("kubectl-validate output is not JSON: %v\nstdout: %.500s\nstderr: %.500s", err, stdout.String(), stderr.String())
	}
	out := map[string]bool{}
	for file, raw := range res {
		var statuses []struct {
			Status string `json:"status"`
		}
		if err := json.Unmarshal(raw, &statuses); err != nil {
			var one struct {
				Status string `json:"status"`
			}
			if err := json.Unmarshal(raw, &one); err != nil {
				t.Fatalf("kubectl-validate result for %s: %v", file, err)
			}
			statuses = append(statuses, one)
		}
		ok := len(statuses) > 0
		for _, s := range statuses {
			ok = ok && s.Status == "Success"
		}
		out[filepath.Base(file)] = ok
	}
	for _, f := range files {
		if _, found := out[filepath.Base(f)]; !found {
			t.Fatalf("kubectl-validate reported nothing for %s", f)
		}
	}
	return out
}

// TestCorpusAgainstKubectlValidate validates every corpus object with the
// validator `schema validate` uses and with kubectl-validate, and requires
// the same verdict, except for the documented cases where the API server
// (which we follow) and kubectl-validate disagree.
func TestCorpusAgainstKubectlValidate(t *testing.T) {
	if _, err := exec.LookPath("kubectl-validate"); err != nil {
		t.Fatalf("kubectl-validate is not on PATH (go install sigs.k8s.io/kubectl-validate@v0.0.4): %v", err)
	}
	v := newTestValidator(t, "1.30")
	stricter := readCaseList(t, "API_SERVER_STRICTER")
	lenient := readCaseList(t, "KUBECTL_VALIDATE_STRICTER")

	files, err := filepath.Glob(filepath.Join(corpusDir, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	if len(files) < 150 {
		t.Fatalf("corpus has %d objects, want at least 150", len(files))
	}

	ours := map[string][]Diagnostic{}
	// kubectl-validate v0.0.4 carries state from one object to the next:
	// after a cluster-scoped object, or one whose kind it cannot find, it
	// skips the namespace checks of the following namespaced objects. Run
	// namespaced, cluster-scoped and unknown kinds in separate batches.
	batches := map[string][]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Base(f)
		ours[base] = v.ValidateFile(base, data)
		docs, _ := object.DecodeYAML(base, data)
		batch := "unknown"
		if len(docs) > 0 && docs[0].Root != nil {
			if k, ok := v.Index().Lookup(docs[0].Root.GetString("apiVersion"), docs[0].Root.GetString("kind")); ok {
				batch = "namespaced"
				if !k.Namespaced {
					batch = "cluster"
				}
			}
		}
		batches[batch] = append(batches[batch], f)
	}
	theirs := map[string]bool{}
	for _, b := range []string{"namespaced", "cluster", "unknown"} {
		for f, ok := range kubectlValidate(t, batches[b]) {
			theirs[f] = ok
		}
	}

	var agree, valid, invalid int
	for _, f := range files {
		base := filepath.Base(f)
		c := strings.TrimSuffix(base, ".yaml")
		weOK := len(ours[base]) == 0
		theyOK := theirs[base]
		if weOK {
			valid++
		} else {
			invalid++
		}
		switch {
		case stricter[c] != "":
			if !theyOK {
				t.Errorf("%s is listed in API_SERVER_STRICTER but kubectl-validate rejects it: move it out of the list", c)
			}
			if weOK {
				t.Errorf("%s: the API server rejects it (%s) but we accept it", c, stricter[c])
			}
		case lenient[c] != "":
			if theyOK {
				t.Errorf("%s is listed in KUBECTL_VALIDATE_STRICTER but kubectl-validate accepts it", c)
			}
			if !weOK {
				t.Errorf("%s: the API server accepts it (%s) but we reject it: %v", c, lenient[c], ours[base])
			}
		case weOK != theyOK:
			t.Errorf("%s: we say valid=%t, kubectl-validate says valid=%t; our diagnostics: %v", c, weOK, theyOK, ours[base])
		default:
			agree++
		}
		// Names announce the expected verdict; keep them honest.
		switch {
		case strings.HasPrefix(c, "valid-") || strings.HasPrefix(c, "crd-valid-") || strings.HasPrefix(c, "lenient-"):
			if !weOK {
				t.Errorf("%s is named valid but we reject it: %v", c, ours[base])
			}
		case !weOK:
		default:
			t.Errorf("%s is named invalid but we accept it", c)
		}
	}
	for c := range stricter {
		if _, err := os.Stat(filepath.Join(corpusDir, c+".yaml")); err != nil {
			t.Errorf("API_SERVER_STRICTER lists %s, which is not in the corpus", c)
		}
	}
	t.Logf("%d objects: %d valid, %d invalid; %d same verdict as kubectl-validate, %d API-server-stricter, %d kubectl-validate-stricter",
		len(files), valid, invalid, agree, len(stricter), len(lenient))
}
