module GoApp

go GO_VERSION
