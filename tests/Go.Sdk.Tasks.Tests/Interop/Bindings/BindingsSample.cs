namespace Go.Sdk.Tasks.Tests.Interop.Bindings;

/// <summary>
/// A small c-shared library's main package with one //gosdk:export function of each kind the bindings carry. The
/// writer tests read its generated files; the build test compiles it with them.
/// </summary>
internal static class BindingsSample
{
    public const string Source = """
        package main

        import (
        	"errors"
        	"strings"
        )

        type Counter struct{ n int }

        type Celsius float64

        type Callback func(int) int

        // Add adds two numbers & returns <the sum>.
        //
        // Second paragraph,
        // on two lines.
        //gosdk:export
        func Add(a, b int) int { return a + b }

        //gosdk:export
        func Div(a, b int64) (quotient, remainder int64, err error) {
        	if b == 0 {
        		return 0, 0, errors.New("division by zero")
        	}
        	return a / b, a % b, nil
        }

        //gosdk:export
        func Pair(x uint16) (uint16, bool) { return x, x > 0 }

        //gosdk:export
        func Greet(name string) (string, error) { return "hello " + name, nil }

        //gosdk:export
        func Sum(xs []float64) float64 {
        	var s float64
        	for _, x := range xs {
        		s += x
        	}
        	return s
        }

        //gosdk:export
        func Repeat(b []byte, n int) []byte { return []byte(strings.Repeat(string(b), n)) }

        //gosdk:export
        func NewCounter(start int) *Counter { return &Counter{n: start} }

        //gosdk:export
        func Increment(c *Counter) int {
        	c.n++
        	return c.n
        }

        //gosdk:export
        func Keyword(string string, object bool) bool { return object && string != "" }

        //gosdk:export
        func Warm(c Celsius, hot bool) Celsius {
        	if hot {
        		return c + 10
        	}
        	return c
        }

        //gosdk:export
        func Apply(f Callback, xs map[string]int) (Callback, any) { return f, xs }

        //gosdk:export
        func Check() error { return nil }

        //gosdk:export
        func Unnamed(int32, float32) {}

        //gosdk:export
        func Readings(t []Celsius) []Celsius { return t }

        //gosdk:export
        func Closer(c interface {
        	Close() error
        	Name() string
        }) int {
        	return 0
        }

        func main() {}
        """;
}
