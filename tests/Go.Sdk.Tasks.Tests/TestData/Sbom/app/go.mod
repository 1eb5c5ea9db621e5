module example.com/sbomapp

go 1.21

require (
	example.com/greeting v1.2.0
	example.com/local v0.0.0-00010101000000-000000000000
)

replace example.com/local => ../local
