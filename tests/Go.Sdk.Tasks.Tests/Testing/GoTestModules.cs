namespace Go.Sdk.Tasks.Tests.Testing;

/// <summary>
/// Small Go modules covering what a report must get right. <see cref="Main"/> runs with <c>-bench</c>; the broken
/// build lives in <see cref="Broken"/> because, with <c>-bench</c>, go test also marks unrelated packages
/// "build failed" when one build fails.
/// </summary>
internal static class GoTestModules
{
    public static readonly Dictionary<string, string> Main = new()
    {
        ["go.mod"] = "module example.com/m\n\ngo 1.21\n",
        ["pass/p_test.go"] = """
            package pass

            import "testing"

            func TestOne(t *testing.T) { t.Log("hello from one") }
            func TestTwo(t *testing.T) {}
            """,
        ["fail/f_test.go"] = """
            package fail

            import "testing"

            func TestFails(t *testing.T) {
            	t.Log("some log")
            	t.Errorf("expected %d, got %d", 1, 2)
            }

            func TestFatal(t *testing.T) { t.Fatal("fatal here\nsecond line") }
            func TestOk(t *testing.T)    {}
            """,
        ["skip/s_test.go"] = """
            package skip

            import "testing"

            func TestSkipped(t *testing.T) { t.Skip("not today") }
            func TestRuns(t *testing.T)    {}
            """,
        ["sub/s_test.go"] = """
            package sub

            import "testing"

            func TestParent(t *testing.T) {
            	t.Run("a", func(t *testing.T) {})
            	t.Run("b", func(t *testing.T) { t.Error("b broke") })
            	t.Run("c", func(t *testing.T) {
            		t.Run("deep", func(t *testing.T) { t.Skip("deep skip") })
            	})
            }
            """,
        ["par/p_test.go"] = """
            package par

            import (
            	"testing"
            	"time"
            )

            func TestP1(t *testing.T) {
            	t.Parallel()
            	for i := 0; i < 3; i++ {
            		t.Logf("p1 line %d", i)
            		time.Sleep(5 * time.Millisecond)
            	}
            	t.Error("p1 failed")
            }

            func TestP2(t *testing.T) {
            	t.Parallel()
            	for i := 0; i < 3; i++ {
            		t.Logf("p2 line %d", i)
            		time.Sleep(5 * time.Millisecond)
            	}
            }
            """,
        ["panict/p_test.go"] = """
            package panict

            import "testing"

            func TestBefore(t *testing.T) {}

            func TestPanics(t *testing.T) {
            	var m map[string]int
            	m["x"] = 1
            }
            """,
        ["paninit/p_test.go"] = """
            package paninit

            import "testing"

            func init() { panic("boom in init") }

            func TestNever(t *testing.T) {}
            """,
        ["tmain/m_test.go"] = """
            package tmain

            import "testing"

            func TestMain(m *testing.M) { panic("boom in TestMain") }
            func TestNever(t *testing.T) {}
            """,
        ["exitcode/e_test.go"] = """
            package exitcode

            import (
            	"os"
            	"testing"
            )

            func TestMain(m *testing.M) {
            	m.Run()
            	os.Exit(3)
            }

            func TestFine(t *testing.T) {}
            """,
        ["timeout/t_test.go"] = """
            package timeout

            import (
            	"testing"
            	"time"
            )

            func TestQuick(t *testing.T) {}
            func TestSlow(t *testing.T)  { time.Sleep(time.Minute) }
            """,
        // Go 1.24's vet fails the build of an example named after no identifier, so the examples name Greet.
        ["example/e.go"] = "package example\n\nfunc Greet() string { return \"hello\" }\n",
        ["example/e_test.go"] = """
            package example

            import "fmt"

            func ExampleGreet() {
            	fmt.Println(Greet())
            	// Output: hello
            }

            func ExampleGreet_bad() {
            	fmt.Println(Greet())
            	// Output: goodbye
            }
            """,
        ["bench/b_test.go"] = """
            package bench

            import "testing"

            func TestB(t *testing.T) {}

            func BenchmarkSum(b *testing.B) {
            	s := 0
            	for i := 0; i < b.N; i++ {
            		s += i
            	}
            	_ = s
            }
            """,
        ["fuzz/f_test.go"] = """
            package fuzz

            import "testing"

            func FuzzReverse(f *testing.F) {
            	f.Add("abc")
            	f.Add("xyz")
            	f.Fuzz(func(t *testing.T, s string) {
            		if s == "xyz" {
            			t.Error("xyz is bad")
            		}
            	})
            }
            """,
        ["notests/n.go"] = "package notests\n\nfunc F() int { return 1 }\n",
    };

    public static readonly Dictionary<string, string> Broken = new()
    {
        ["go.mod"] = "module example.com/b\n\ngo 1.21\n",
        ["builderr/b_test.go"] = "package builderr\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) { foo() }\n",
        ["fine/f_test.go"] = "package fine\n\nimport \"testing\"\n\nfunc TestFine(t *testing.T) {}\n",
    };

    public static void WriteTo(string directory, Dictionary<string, string> files)
    {
        foreach ((string path, string content) in files)
        {
            string full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content.ReplaceLineEndings("\n") + "\n");
        }
    }
}
