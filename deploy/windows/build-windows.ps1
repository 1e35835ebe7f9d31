#Requires -Version 5.1
<#
.SYNOPSIS
    Builds Greenroom's portable Windows bundle, out\Greenroom-<version>-windows-x64.zip.

.DESCRIPTION
    Configures and builds Release with MSVC and Ninja against a Qt 6.5 or newer MSVC kit,
    optionally runs the test suite, deploys Qt next to greenroom.exe with windeployqt (the QML
    modules that qml\ imports, the Windows Media Foundation and FFmpeg multimedia plugins and
    Qt's translations), adds the Visual C++ runtime, Greenroom's translations and a licences
    folder, checks that the deployed greenroom.exe runs without Qt on PATH and carries its
    version resource, and zips the folder. The version is CMake's project(VERSION).

    Needs Visual Studio 2022 (or its Build Tools) with the "Desktop development with C++"
    workload, which brings CMake and Ninja, and a Qt kit for MSVC 2022 64-bit (Qt 6.5 or newer)
    with the Qt Multimedia and Qt Shader Tools modules. Run it from any PowerShell: when cl.exe
    is not on PATH, it sets up the MSVC x64 environment itself.

.PARAMETER QtDir
    The Qt kit, for example C:\Qt\6.8.3\msvc2022_64. Default: the QT_ROOT_DIR environment
    variable (set by the install-qt GitHub action).

.PARAMETER BuildDir
    The build folder, relative to the repository root unless absolute. Default: build-windows.

.PARAMETER OutputDir
    Where the zip goes, relative to the repository root unless absolute. Default: out.

.PARAMETER RunTests
    Also build and run the test suite (ctest) before packing. The GPU tests use the Direct3D 11
    backend; set QSG_RHI_PREFER_SOFTWARE_RENDERER=1 to run them on WARP where there is no GPU.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File deploy\windows\build-windows.ps1 -QtDir C:\Qt\6.8.3\msvc2022_64
#>
[CmdletBinding()]
param(
    [string]$QtDir = $env:QT_ROOT_DIR,
    [string]$BuildDir = 'build-windows',
    [string]$OutputDir = 'out',
    [switch]$RunTests
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path

function Resolve-RepoPath([string]$Path) {
    if ([System.IO.Path]::IsPathRooted($Path)) { return $Path }
    return Join-Path $repoRoot $Path
}

# Runs a native program and stops when it fails.
function Invoke-Native {
    param([Parameter(Mandatory)][string]$FilePath, [string[]]$Arguments = @())
    & $FilePath @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$FilePath $($Arguments -join ' ') failed with exit code $LASTEXITCODE"
    }
}

# Puts the MSVC x64 compiler, linker, rc, dumpbin, CMake and Ninja on PATH, unless a developer
# prompt (or a CI step) already did.
function Enter-MsvcEnvironment {
    if (Get-Command cl.exe -ErrorAction SilentlyContinue) { return }
    $vswhere = Join-Path ${env:ProgramFiles(x86)} 'Microsoft Visual Studio\Installer\vswhere.exe'
    if (-not (Test-Path $vswhere)) {
        throw 'Visual Studio was not found; install Visual Studio 2022 with the C++ desktop workload'
    }
    $vsPath = & $vswhere -latest -products * `
        -requires Microsoft.VisualStudio.Component.VC.Tools.x86.x64 -property installationPath
    if (-not $vsPath) { throw 'No Visual Studio installation has the MSVC x64 build tools' }
    Import-Module (Join-Path $vsPath 'Common7\Tools\Microsoft.VisualStudio.DevShell.dll')
    Enter-VsDevShell -VsInstallPath $vsPath -SkipAutomaticLocation `
        -DevCmdArguments '-arch=x64 -host_arch=x64' | Out-Null
}

# --- Qt and the toolchain ---
if (-not $QtDir) { throw 'Pass -QtDir (for example C:\Qt\6.8.3\msvc2022_64) or set QT_ROOT_DIR' }
$QtDir = (Resolve-Path $QtDir).Path
$windeployqt = Join-Path $QtDir 'bin\windeployqt.exe'
$qtpaths = Join-Path $QtDir 'bin\qtpaths.exe'
foreach ($tool in @($windeployqt, $qtpaths)) {
    if (-not (Test-Path $tool)) { throw "$tool not found: is $QtDir a Qt kit for MSVC?" }
}
$qtVersion = [version](& $qtpaths --query QT_VERSION)
if ($qtVersion -lt [version]'6.5') { throw "Qt $qtVersion is too old; the Windows bundle needs Qt 6.5 or newer" }
Write-Host "Qt $qtVersion in $QtDir"

Enter-MsvcEnvironment

# --- Configure, build, test ---
$buildPath = Resolve-RepoPath $BuildDir
$outputPath = Resolve-RepoPath $OutputDir
$tests = if ($RunTests) { 'ON' } else { 'OFF' }
Invoke-Native cmake @('-S', $repoRoot, '-B', $buildPath, '-G', 'Ninja',
    '-DCMAKE_BUILD_TYPE=Release', "-DCMAKE_PREFIX_PATH=$QtDir", "-DGREENROOM_BUILD_TESTS=$tests")
Invoke-Native cmake @('--build', $buildPath, '--parallel')

$versionLine = Select-String -Path (Join-Path $buildPath 'CMakeCache.txt') `
    -Pattern '^CMAKE_PROJECT_VERSION:STATIC=(.+)$' | Select-Object -First 1
if (-not $versionLine) { throw 'CMakeCache.txt has no CMAKE_PROJECT_VERSION' }
$version = $versionLine.Matches[0].Groups[1].Value
$name = "Greenroom-$version-windows-x64"

if ($RunTests) {
    $savedPath = $env:PATH
    $env:PATH = "$QtDir\bin;$env:PATH"
    if (-not $env:QSG_RHI_BACKEND) { $env:QSG_RHI_BACKEND = 'd3d11' }
    try {
        Invoke-Native ctest @('--test-dir', $buildPath, '--output-on-failure', '--timeout', '300')
    } finally {
        $env:PATH = $savedPath
    }
}

# --- Deploy ---
$work = Join-Path $buildPath 'bundle'
$stage = Join-Path $work $name
if (Test-Path $work) { Remove-Item -Recurse -Force $work }
New-Item -ItemType Directory -Force -Path $stage | Out-Null
$exe = Join-Path $stage 'greenroom.exe'
Copy-Item (Join-Path $buildPath 'app\greenroom.exe') $exe

# windeployqt copies the Qt DLLs greenroom.exe links, their plugins (platforms, styles,
# imageformats, multimedia, ...), the QML modules that qml\ imports and Qt's translations.
# The Visual C++ runtime is copied below as DLLs, so the zip needs no installer.
Invoke-Native $windeployqt @('--release', '--qmldir', (Join-Path $repoRoot 'qml'),
    '--no-compiler-runtime', $exe)

# Both multimedia backends: Windows Media Foundation, and FFmpeg (Qt 6.5+'s default) with the
# FFmpeg DLLs it links, where the kit ships them as DLLs.
$multimedia = Join-Path $stage 'multimedia'
New-Item -ItemType Directory -Force -Path $multimedia | Out-Null
foreach ($plugin in @('windowsmediaplugin.dll', 'ffmpegmediaplugin.dll')) {
    $target = Join-Path $multimedia $plugin
    if (-not (Test-Path $target)) {
        $source = Join-Path $QtDir "plugins\multimedia\$plugin"
        if (-not (Test-Path $source)) { throw "the Qt kit has no multimedia plugin $plugin" }
        Copy-Item $source $target
    }
}
$dependents = & dumpbin.exe /nologo /dependents (Join-Path $multimedia 'ffmpegmediaplugin.dll')
foreach ($line in $dependents) {
    if ($line -match '^\s+((av|sw)\w+-\d+\.dll)\s*$') {
        $dll = $Matches[1]
        $source = Join-Path $QtDir "bin\$dll"
        if (-not (Test-Path (Join-Path $stage $dll)) -and (Test-Path $source)) {
            Copy-Item $source $stage
        }
    }
}

# Greenroom's own translations, when the build has any.
$translations = Join-Path $stage 'translations'
$appTranslations = @(Get-ChildItem -Path $buildPath -Recurse -Filter 'greenroom_*.qm' -ErrorAction SilentlyContinue)
if ($appTranslations.Count -gt 0) {
    New-Item -ItemType Directory -Force -Path $translations | Out-Null
    $appTranslations | Copy-Item -Destination $translations
}

# The Visual C++ runtime (msvcp140, vcruntime140, ...), deployed app-locally.
if ($env:VCToolsRedistDir) {
    $crt = Get-ChildItem -Path (Join-Path $env:VCToolsRedistDir 'x64') -Directory `
        -Filter 'Microsoft.VC*.CRT' | Select-Object -First 1
    if (-not $crt) { throw "no Microsoft.VC*.CRT folder in $($env:VCToolsRedistDir)x64" }
    Copy-Item (Join-Path $crt.FullName '*.dll') $stage
} else {
    throw 'VCToolsRedistDir is not set: run from an MSVC x64 developer environment'
}

# Licences: Greenroom's, Qt's LGPL and GPL texts, the third-party notices, and the Qt kit's
# own licence files where the installer put them.
$licenses = Join-Path $stage 'licenses'
New-Item -ItemType Directory -Force -Path $licenses | Out-Null
Copy-Item (Join-Path $repoRoot 'LICENSE') (Join-Path $licenses 'LICENSE.txt')
Copy-Item (Join-Path $repoRoot 'resources\licenses\*.txt') $licenses
$qtLicenses = Join-Path $QtDir '..\..\Licenses'
if (Test-Path $qtLicenses) {
    New-Item -ItemType Directory -Force -Path (Join-Path $licenses 'Qt') | Out-Null
    Copy-Item (Join-Path $qtLicenses '*') (Join-Path $licenses 'Qt')
}

@"
Greenroom $version for Windows x64 (portable, Qt $qtVersion)

Unpack the folder anywhere and start greenroom.exe. Nothing needs installing.
Needs Windows 10 or 11 (64-bit) and a Direct3D 11 graphics driver.

Licences: licenses\ (Greenroom: MIT; Qt: LGPL-3.0; THIRD-PARTY-NOTICES.txt).
"@ | Set-Content -Path (Join-Path $stage 'README.txt') -Encoding ASCII

# --- Checks: the version resource, and the app runs with no Qt on PATH ---
$resourceVersion = (Get-Item $exe).VersionInfo.ProductVersion
if ($resourceVersion -ne $version) {
    throw "greenroom.exe's version resource says '$resourceVersion', CMake says '$version'"
}
$savedPath = $env:PATH
$env:PATH = ($env:PATH -split ';' | Where-Object {
        $_ -and -not $_.StartsWith($QtDir, [System.StringComparison]::OrdinalIgnoreCase)
    }) -join ';'
try {
    $versionFile = Join-Path $work 'version.txt'
    $process = Start-Process -FilePath $exe -ArgumentList '--version' -NoNewWindow -Wait -PassThru `
        -RedirectStandardOutput $versionFile
    $printed = (Get-Content $versionFile -Raw).Trim()
    Remove-Item $versionFile
} finally {
    $env:PATH = $savedPath
}
if ($process.ExitCode -ne 0 -or $printed -ne "greenroom $version") {
    throw "the deployed greenroom.exe --version printed '$printed' (exit code $($process.ExitCode))"
}

# --- Zip ---
New-Item -ItemType Directory -Force -Path $outputPath | Out-Null
$zip = Join-Path $outputPath "$name.zip"
if (Test-Path $zip) { Remove-Item -Force $zip }
Compress-Archive -Path $stage -DestinationPath $zip -CompressionLevel Optimal
$megabytes = [math]::Round((Get-Item $zip).Length / 1MB, 1)
Write-Host "Wrote $zip ($megabytes MB)"
