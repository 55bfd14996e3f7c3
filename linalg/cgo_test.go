//go:build cgo && !purego

package linalg

const cgoBuild = true
