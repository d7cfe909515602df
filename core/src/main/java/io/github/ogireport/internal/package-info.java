/**
 * The library's own build conventions, not an API: nothing here is for users, and it may change in
 * any release.
 */
package io.github.ogireport.internal;
