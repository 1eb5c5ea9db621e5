mode: set
example.com/calc/calc.go:23.24,25.2 1 1
example.com/gone/gone.go:3.14,5.2 1 1
example.com/gone/gone.go:6.2,6.10 1 0
