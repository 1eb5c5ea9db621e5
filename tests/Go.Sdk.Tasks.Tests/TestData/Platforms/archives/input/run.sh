#!/bin/sh
echo "hello from the golden archive"
