module GoLib

go GO_VERSION
