package main

import (
	"fmt"

	"example.com/greeting"
	"example.com/local"
)

func main() {
	fmt.Println(greeting.Hello(local.Name()))
}
