/** REST resource for installing and managing plugins, and reading what they define. */
package org.latih.kernel.plugin.boundary;
