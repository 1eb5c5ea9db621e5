mode: count
example.com/app/app.go:7.39,9.26 2 1
example.com/app/app.go:9.26,11.3 1 1
example.com/app/app.go:12.2,12.12 1 1
example.com/lib/lib.go:5.32,6.16 1 1
example.com/lib/lib.go:6.16,8.3 1 0
example.com/lib/lib.go:9.2,9.25 1 1
